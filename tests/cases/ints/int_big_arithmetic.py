# Arbitrary-precision arithmetic: factorials, fibonacci, and mixed signs.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

f50 = factorial(50)
print(f50)
print(f50 // factorial(48), f50 % 1000003, len(str(factorial(100))))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 10**9, a // 10**60, -a // 10**60, (-a) % 10**9)
x = 3**200
y = 7**100
print(x - y, y - x, x * -y // y == -x, (x + y) * (x - y) == x * x - y * y)
print(divmod(x, y), divmod(-x, y)[1] == y - x % y)
print(sum(range(10**6)), sum(i * i for i in range(1, 1001)))
print(2**127 - 1, (2**127 - 1) % 2**64, int(2**0.5 * 10**15))
print(abs(-x) == x, -(-x) == x, x // 1 == x, +x == x)
