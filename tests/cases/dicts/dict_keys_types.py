# Hashable keys of many types: tuples, frozensets, None, bools, floats, big ints; unhashables fail.
table = {
    None: "none",
    (1, 2): "tuple",
    frozenset({1, 2}): "frozenset",
    "s": "str",
    2**100: "big",
    -1: "neg",
    3.5: "float",
    (("nested", 1), ()): "nested tuple",
}
for key in [None, (1, 2), frozenset({2, 1}), "s", 2**100, -1, 3.5, (("nested", 1), ())]:
    print(repr(key), "->", table[key])
print(table.get((1, 2.0)), table.get(frozenset([1, 2])), (1, 2) in table, [1, 2] in [list(k) for k in table if isinstance(k, tuple)])
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid[2, 1], grid.get((5, 5), "off-grid"), sorted(grid)[:3])
for bad in ([1], {"a": 1}, {1}, ([],)):
    try:
        table[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), hash(-1), hash(-2), hash(0.5), hash(2**61 - 1), hash(2**61))
