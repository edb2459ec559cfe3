# Slice reads, slice assignment (growing and shrinking), extended slices and deletion.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[::3], xs[::-1], xs[8:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys, len(ys))
ys[1:1] = [100, 200, 300]
print(ys)
ys[-2:] = []
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[1::3]
print(ys)
zs = [1, 2, 3, 4, 5, 6]
zs[1:5:2] = ["x", "y"]
print(zs)
try:
    zs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
zs[:] = "abc"
print(zs)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1:] = [5, 6]
print(matrix, [row[1] for row in matrix])
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
q = [1, 2, 3]
q[len(q):] = [4, 5]
q[:0] = [0]
print(q, q[1:-1], q[-1:-4:-1])
try:
    q[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
