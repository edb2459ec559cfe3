# Matrix operations with nested comprehensions: transpose, multiply, identity, flatten, rotate.
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(len(m[0]))]
print(t)
ident = [[int(i == j) for j in range(3)] for i in range(3)]
prod = [[sum(a * b for a, b in zip(r, c)) for c in zip(*t)] for r in m]
print(ident, prod)
rot = [list(r) for r in zip(*m[::-1])]
print(rot, [list(r) for r in zip(*rot)][::-1] == m)
flat = [x for row in m for x in row]
print(flat, [flat[i:i + 2] for i in range(0, len(flat), 2)])
spiral = []
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
while grid:
    spiral += grid.pop(0)
    grid = [list(r) for r in zip(*grid)][::-1]
print(spiral)
print([[(r, c) for c in range(r + 1)] for r in range(3)], {(r, c): r * c for r in range(2) for c in range(2)})
