# f-strings pass the spec to format(); specs can contain nested replacement fields.
pi = 3.141592653589793
width, precision = 12, 4
print(f"[{pi:{width}.{precision}f}]")
print(f"[{pi:{'<'}{width}}]")
print(f"[{'x':{'*'}^{width - 2}}]")
for p in range(5):
    print(f"{pi:.{p}f} {pi:.{p}e} {pi:>{p + 8}.{p}g}")

# Conversions apply before the spec.
name = "Zoë"
print(f"[{name!r:>10}] [{name!s:<8}] [{name!a:^12}] [{42!r:>5}]")

# The = debugging form keeps the expression text.
total = 1234.5
count = 3
print(f"{total=}", f"{total=:,.2f}", f"{count = }", f"{name=!s}", f"{count * 2=:>6}")

# An empty spec is the same as no spec.
print(f"{pi:}|{name:}|{None:}|{[1]:}")

# Errors from specs propagate.
try:
    print(f"{pi:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{name:+}")
except ValueError as e:
    print("ValueError:", e)
