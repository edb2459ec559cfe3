# Mixing ints and floats: results' types, exactness limits, and conversions back to int.
print(1 + 1.0, type(1 + 1.0).__name__, 3 * 0.1, 2 / 1, type(2 / 1).__name__, 7 // 2.0, type(7 // 2.0).__name__)
print(2**53 + 1.0, float(2**53 + 1), 2**53 + 1 == 2**53 + 1.0, int(2**53 + 1.0))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12)
print(int(3.999999999999999), int(3.9999999999999999), int(-0.5), int(1e20), float(int(1e20)) == 1e20)
print(10 / 3, 10 // 3, 10 % 3, -10 / 4, -10 // 4, -10 % 4, 10.0 // 3, 10.5 % 3)
print(sum([1, 2.5, 3]), max(1, 1.0), max(1.0, 1), min(0, -0.0), 1e3 == 1000, hash(1e3) == hash(1000))
total_cents = 0
for price in [19.99, 5.01, 0.1, 0.2]:
    total_cents += round(price * 100)
print(total_cents, total_cents / 100, sum([19.99, 5.01, 0.1, 0.2]))
print(10 ** 20 + 0.5 == 10 ** 20, 3 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0, 0.0 ** 0)
try:
    int("3.0")
except ValueError as e:
    print("ValueError:", e)
print(int(float("3.0")), float("1e-3") * 1000, 1e-3 * 1000 == 1)
