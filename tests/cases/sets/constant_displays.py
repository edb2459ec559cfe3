# Displays of constants: CPython builds a frozenset constant first, which decides the layout.
print({False, (0, 3), 194, 811656057104, 1e20, 142, 128})
print({-13, -2.25, 58, 408, "", "aa", "c", -2})
print({1, 9, 17})
print({17, 9, 1})
print({9, 1, 17, 25, 33})
print({33, 25, 17, 9, 1})
x = 17
print({x, 9, 1})
for v in {17, 9, 1}:
    print(v, end=" ")
print()
for v in {"kiwi", "fig", "plum", "lime", "date", "pear"}:
    print(v, end=" ")
print()
print([v for v in {"kiwi", "fig", "plum", "lime", "date", "pear"}])
print({"kiwi", "fig", "plum", "lime", "date", "pear"})
print({"pear", "date", "lime", "plum", "fig", "kiwi"})
print(3 in {1, 2, 3}, "a" not in {"a", "b"})
def colours():
    return {"red", "green", "blue", "cyan", "magenta", "yellow"}
print(colours())
print(colours() == {"yellow", "magenta", "cyan", "blue", "green", "red"})
print({1, 1.0, True, 2, 2.0}, {True, 1, 1.0}, {0.0, 0, False, -0.0})
print({(1, 2), (1.0, 2), (1, 2.0)}, {"a" * 3, "aaa", "b" + "c", "bc"})
print({-1, -(-1), +1, ~0, not 0, 1 - 2, 2 * 3})
print({None, "x", 0.5, (), (None,), -7})
print({100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200})
