# A float with no presentation type: like repr() without precision, like 'g' with one (but
# always with a digit after the point, and switching to exponent one digit earlier).
values = [0.0, -0.0, 1.0, 1.5, 100.0, 123.0, 1234.5678, 0.1, 1e-5, 1e16, 1e15, 123456789012345678.0, 2.5e-10, 1/3]
for v in values:
    print(f"{v} | {v:} | {v:.3} | {v:.1} | {v:.12} | {v:>12} | {v:#}")

# Precision 3 for 123.0 needs an exponent: the number has three integer digits.
print(format(123.0, ".3"), format(123.0, ".4"), format(99.5, ".2"), format(1.0, ".3"))

# Grouping works without a type too.
print(format(1234567.125, ","), format(1234567.125, "_"), format(1e20, ","), format(-98765.4321, ",.8"))

# The shortest repr switches to exponent notation at 1e16.
for v in [9999999999999998.0, 1e16, 1.0000000000000002e16, 0.0001, 0.00001]:
    print(repr(v), str(v), format(v, ""), f"{v!r:>25}")
