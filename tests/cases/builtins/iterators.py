# enumerate, zip (strict), map, filter, reversed, iter/next over lazy iterators.
names = ["ann", "bob", "cyd"]
for i, name in enumerate(names):
    print(i, name)
print(list(enumerate(names, start=1)), list(enumerate("ab", 10)))
print(list(zip(names, [3, 1, 2])), list(zip("abc", range(10), [True, False])))
print(dict(zip(names, map(len, names))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed({"a": 1, "b": 2})))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
it = map(str, [1, 2])
print(next(it), next(it), next(it, "done"))
pairs = sorted(zip([3, 1, 2], "cab"))
print(pairs, [p for p in zip(*pairs)] if False else [b for a, b in pairs])
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
