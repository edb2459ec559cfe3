# Powers (including negative exponents and three-argument pow) and bit manipulation.
print(2**10, 2**-1, (-2)**3, (-2)**-2, 0**0, 10**0, (-1)**(10**6 + 1))
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 10**9 + 7), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
for args in [(2, -1, 4), (2, 3, 0), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
flags = {"read": 1, "write": 2, "exec": 4, "admin": 8}
perm = flags["read"] | flags["exec"]
print([name for name, bit in flags.items() if perm & bit], perm, bin(perm))
perm ^= flags["exec"] | flags["admin"]
print(perm, perm & ~flags["read"], perm >> 1, perm << 60)
print(-8 >> 1, -1 >> 100, 1 << 100, (1 << 100) >> 99, ~(2**70), -(2**70) & 0xFF)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, 2**65 | 1, (2**65 + 3) & (2**64 + 1))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
n = 0b1011_0110
count = 0
while n:
    n &= n - 1
    count += 1
print("popcount", count, bin(182).count("1"))
