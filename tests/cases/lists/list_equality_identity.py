# == compares contents, `is` compares identity; copies, aliases and nested mutable defaults.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = [1, [2, 3]]
print(a == b == c == d == e, a is b, a is c, c is d, a[1] is c[1], a[1] is e[1])
c[1].append(4)
print(a, e, a == e)
row = [0] * 3
grid = [row] * 2
grid[0][0] = 5
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 5
print(grid2, grid2[0] is grid2[1])
empty1, empty2 = [], []
print(empty1 == empty2, empty1 is empty2, [] == [], [None] == [None], [float("inf")] == [float("inf")])
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = y
x += [3]
print(x, y, x is y)
print([1, 2] == [1, 2.0], [1, 2] == (1, 2), [[]] == [[]], [0] * 2 == [0, 0])
