# Edge cases of int operations: zero, negatives, big values, bools as ints, and mixed types.
print(0 * -1, -0, 0 // 5, 0 % -3, -0 == 0, abs(-0), 5 - 5 == 0)
print(-(2**63) - 1, 2**63 * -1, (2**64) // -1, (-(2**64)) % 7, 2**64 % -7)
print(True + 1, True * 3.5, False ** 0, 2 ** True, [10, 20][True], "ab"[False], -True // 2)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 ** 18 + 1 - 10 ** 18, (10 ** 30 + 7) % 10 ** 15, 10 ** 30 // 10 ** 29, 10 ** 30 / 10 ** 29)
print(max(-(10**20), -1), min(10**20, 10**20 + 1), sorted([2**70, -(2**70), 0, 2**69]))
n = 1
for i in range(1, 30):
    n *= i
print(n, n % 1000000007, n.bit_length(), str(n).count("0"))
for bad in (lambda: 1 << 2**100, lambda: 10 ** 10 ** 10 if False else 1 // 0, lambda: 2 ** 10000 * 1.0):
    try:
        print(bad())
    except (OverflowError, ZeroDivisionError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
