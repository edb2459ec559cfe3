# Iterating over sets, and changing a set while iterating over it.
s = {40, 10, 30, 20}
for item in s:
    print(item, end=" ")
print()
print(list(s), tuple(s), sorted(s), sorted(s, reverse=True))
print(sum(s), min(s), max(s), len(s), any(s), all(s))
it = iter(s)
print(next(it), next(it))
print(list(it), list(it))
print(type(iter(s)).__name__ if hasattr(type(iter(s)), "__name__") else "?")
items = {1, 2, 3}
try:
    for x in items:
        items.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(items))
items = {1, 2, 3}
try:
    for x in items:
        items.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(items)
items = {1, 2, 3}
it = iter(items)
next(it)
items.add(4)
items.discard(4)
print(next(it), list(it))
items = {1, 2, 3}
it = iter(items)
items.add(9)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)
for i, v in enumerate({"b", "a"}):
    print(i, v)
print({k: 0 for k in {3, 1, 2}})
print(list(zip({1, 2, 3}, "abc")))
print(list(map(str, {7, 8, 9})), list(filter(None, {0, 1, 2})))
print(" ".join(sorted({"x", "y", "z"})))
a, b, c = {5, 6, 7}
print(a, b, c)
first, *rest = {9, 1, 5}
print(first, rest)
