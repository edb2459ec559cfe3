# Concatenation, repetition, comparison, membership and identity of lists.
a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * a, [0] * 0, [None] * 3, a * -1)
print(a < b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [[1, 2]] < [[1, 3]])
print(2 in a, 5 not in a, [1, 2] in [[1, 2], [3]], a is a[:], a == a[:])
print(len(a * 1000), sum(a * 3), max([[1, 2], [1, 3], [0, 9]]), min(["b", "a"], key=len))
try:
    a + (4,)
except TypeError as e:
    print("TypeError:", e)
try:
    a * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(row) for row in grid))
flat = sum([[1, 2], [3], []], [])
print(flat, list(reversed(flat)), flat.index(3), flat.count(2))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [1, [2, [3, [4]]]])
