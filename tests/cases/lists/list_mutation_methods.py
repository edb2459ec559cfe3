# append/extend/insert/remove/pop/clear/reverse/copy and their edge cases.
stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if token == "+" else a * b)
print(stack)
items = ["b", "c"]
items.insert(0, "a")
items.insert(100, "z")
items.insert(-1, "y")
items.extend(("d", "e"))
items.extend(x.upper() for x in "fg")
items.extend("hi")
print(items)
items.remove("z")
print(items.pop(), items.pop(0), items.pop(-2), items)
items.reverse()
copy = items.copy()
copy.append("new")
print(items, copy, items == copy[:-1])
items.clear()
print(items, len(items))
for op in ("pop", "remove", "pop9"):
    try:
        if op == "pop":
            [].pop()
        elif op == "remove":
            [1, 2].remove(3)
        else:
            [1].pop(9)
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow is nested, shallow[0] is nested[0])
a = [1, 2]
b = a
a += [3]
a = a + [4]
print(a, b)
