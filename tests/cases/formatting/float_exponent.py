# 'e' and 'E': scientific notation with a precision (6 by default).
values = [0.0, 1.0, -1.0, 12345.6789, 0.000123456, 6.02214076e23, 1.602176634e-19, 1e100, 5e-324, 1.7976931348623157e308]
for v in values:
    print(f"{v:e} | {v:.0e} | {v:.2e} | {v:.10E} | {v:#.0e}")

# The exponent has at least two digits, and three when needed.
for exp in [-300, -100, -10, -1, 0, 1, 9, 10, 99, 100, 300]:
    print(f"{10.0 ** exp:.3e}")

# Rounding carries into the exponent.
print(f"{9.9999:.2e} {99999.5:.3e} {0.00099999:.1e}")

# Width and alignment around scientific notation.
print(f"[{12345.678:>15.3e}] [{12345.678:<15.3e}] [{-12345.678:015.3e}] [{12345.678:+^17.2E}]")
