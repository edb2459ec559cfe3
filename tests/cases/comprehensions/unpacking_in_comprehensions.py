# Tuple unpacking in comprehension targets, enumerate/zip, and starred expressions.
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points], [(y, x) for x, y in points])
print({name: score for name, score in zip(["a", "b", "c"], [90, 85, 77])})
print([f"{i}:{c}" for i, c in enumerate("xyz", 1)])
nested = [(1, (2, 3)), (4, (5, 6))]
print([a * b * c for a, (b, c) in nested])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]], [rest for first, *rest in [[1, 2, 3], [4]]])
print([[*row, sum(row)] for row in [[1, 2], [3, 4]]], [*range(3), *"ab"])
table = {"x": [1, 2], "y": [3]}
print([(k, v) for k, vs in table.items() for v in vs])
columns = list(zip(*[("a", 1, True), ("b", 2, False)]))
print(columns)
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, dict((v, k) for k, v in {"p": 1, "q": 2}.items()))
try:
    print([a for a, b in ["ab", "c"]])
except ValueError as e:
    print("ValueError:", e)
