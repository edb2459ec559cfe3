# Values cross the machine-word boundary in both directions.
x = 1
for i in range(80):
    x = x * 3
print(x)
for i in range(80):
    x = x // 3
print(x, x == 1)
n = 140737488355327
print(n + 1, n * n, -n - 2, (n + 1) - 1)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63))
print(1 << 70, (1 << 70) >> 69, 255 & 15, 8 | 3, 6 ^ 3, ~5)
