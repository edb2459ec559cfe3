# Nested targets mixing plain, starred, subscript and slice targets.
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
[a, [b, *c]] = 'x', 'yzw'
print(a, b, c)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
*a, (b, c) = 1, 2, (3, 4)
print(a, b, c)
items = [0, 0, 0, 0, 0]
items[0], *items[1:3] = 'abc'
print(items)
items[-1], items[:2] = 'z', ['p', 'q', 'r']
print(items)
first, *items[3:] = range(4)
print(first, items)
slots = {}
slots['x'], *middle, slots['y'] = [1, 2, 3, 4]
print(slots, middle)
x, y = 1, 2
x, y = y, x
print(x, y)
x, *y = y, x
print(x, y)
grid = [[0] * 3 for _ in range(3)]
grid[1][::2] = [1, 1]
grid[2][:], grid[0][1:2] = [7, 8, 9], [5]
print(grid)
((p, *q),) = ['abc']
print(p, q)
for (i, *j), k in [((1, 2, 3), 4), ((5,), 6)]:
    print(i, j, k)
