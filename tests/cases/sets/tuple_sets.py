# Sets of tuples and mixed values; tuple hashes match CPython's.
points = {(0, 0), (1, 2), (2, 1), (1, 2), (-1, -1)}
print(points)
print(len(points), (1, 2) in points, (2, 2) in points)
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("a", 1.5, None)))
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(grid)
print(sorted(grid))
mixed = {1, "one", (1, "one"), None, 2.5, True, (), ((),)}
print(mixed)
print(None in mixed, () in mixed, ((),) in mixed, 1.0 in mixed)
edges = set()
for a, b in [(1, 2), (2, 3), (3, 1), (2, 1), (1, 2)]:
    edges.add((min(a, b), max(a, b)))
print(edges)
print({(i, str(i)) for i in range(6)})
nested = {(1, (2, (3, (4,)))), (1, (2, (3, (5,))))}
print(nested)
try:
    {(1, [2])}
except TypeError as e:
    print("TypeError:", e)
