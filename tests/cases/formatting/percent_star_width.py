# '*' takes the width or precision from the arguments.
for width in [0, 3, 8, -8]:
    print("[%*d] [%*s]" % (width, 42, width, "ab"))
for precision in [0, 1, 3, -2]:
    print("[%.*f] [%.*s]" % (precision, 3.14159, precision, "abcdef"))
print("[%*.*f]" % (10, 2, 2.71828))
print("[%-*.*e]" % (14, 3, 12345.678))

# A right-aligned table with a computed width.
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
width = max(len(r[0]) for r in rows) + 2
for name, value in rows:
    print("%-*s%*.2f" % (width, name, 10, value))

# The '*' argument must be an int.
for args in [("5", 1), (1.5, 1), (2**63, 1)]:
    try:
        print("%*d" % args)
    except (TypeError, OverflowError) as e:
        print(type(e), e)
try:
    print("%.*d" % (2**31, 1))
except OverflowError as e:
    print("OverflowError:", e)
