# 'f' and 'F': fixed point with a precision (6 by default), correctly rounded.
values = [0.0, 1.0, -1.0, 3.14159265358979, 2.0 / 3.0, 1234.5678, -0.000123, 1e10, 123456789.987654321]
for v in values:
    print(f"{v:f} | {v:.0f} | {v:.1f} | {v:.2f} | {v:.4f} | {v:F}")

# Halfway cases round to even on the exact binary value, as CPython does.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045]:
    print(v, f"{v:.0f} {v:.1f} {v:.2f}")

# Long precisions show the exact binary expansion.
print(f"{0.1:.30f}")
print(f"{1/3:.25f}")
print(f"{2**0.5:.20f}")

# Huge values print every digit.
print(f"{1e22:.1f}")
print(f"{1e300:.0f}"[:40], len(f"{1e300:.0f}"))
print(f"{2.0**70:,.2f}")

# '#' keeps the decimal point even with precision 0.
print(f"{3.0:#.0f} {-2.5:#.0f} {0.0:#.0f}")
