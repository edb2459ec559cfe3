# zip, enumerate, map and filter: laziness, uneven lengths, strict zip, and multiple iterables.
names = ["ana", "bo", "cy"]
scores = [90, 75]
print(list(zip(names, scores)), list(zip(names)), list(zip()), dict(zip(names, range(100))))
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(scores, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(names, names, strict=True))[0])
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", -1)))
print(list(map(len, names)), list(map(lambda a, b: f"{a}:{b}", names, scores)), list(map(str.title, names)))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda s: s > 80, scores)))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("abc", count := [1, 2, 3])
print(next(z), list(z))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
pairs = list(zip(*[("a", 1), ("b", 2), ("c", 3)]))
print(pairs, list(zip(*pairs)))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(sum(map(int, "12345")), max(map(len, names)), sorted(filter(str.isalpha, ["a1", "bb", "c"])))
