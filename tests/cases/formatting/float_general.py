# 'g' and 'G': significant digits, trailing zeros removed, exponent when the number is
# very large or very small for the precision.
values = [0.0, 1.0, 10.0, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 0.000123456789, 3.14159265, 1e16, 1.5e-7, 100000.0]
for v in values:
    print(f"{v:g} | {v:.1g} | {v:.3g} | {v:.10g} | {v:G} | {v:.0g}")

# '#' keeps trailing zeros and the decimal point.
for v in [1.0, 100.0, 0.5, 123.456, 1e-5, 1e20]:
    print(f"{v:#g} | {v:#.3g} | {v:#.1g} | {v:#.10G}")

# 'n' is 'g' in the C locale (no grouping).
for v in [1234567.0, 0.000012345, 12.5]:
    print(f"{v:n} | {v:.3n} | {v:>12n}")

# Large precisions never add digits that are not there.
print(f"{0.1:.17g} {0.1:.30g} {1/3:.20g} {2.5:.30g}")
