# Float arithmetic, mixed int/float, and reprs.
print(0.1 + 0.2, 1.5 * 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 1 / 3)
print(2.0 ** 10, 2 ** 0.5, 10 / 4, 1e16, 1e-5, 123456789.0 * 10)
print(3 * 1.0, 1 + 0.5, 0.5 - 1, float(7), float("2.5"), float("  -1e3 "))
print(1.0 == 1, 2 < 2.5, 3.0 > 2, -0.0, 1e300 * 1e10)
