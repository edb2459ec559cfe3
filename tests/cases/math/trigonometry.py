# sin, cos, tan and their inverses: exact values, signed zeros, huge arguments, domain errors.
import math

def show(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, args, type(e).__name__, e)

for x in [0.0, -0.0, 1, -1, 0.5, math.pi, math.pi / 2, math.pi / 6, 1e22, -1e300, 2 ** 100]:
    show("sin", x)
    show("cos", x)
    show("tan", x)
for x in [math.inf, -math.inf, math.nan]:
    show("sin", x)
    show("cos", x)
    show("tan", x)
for x in [0.0, -0.0, 0.5, -1, 1, 1.0000000000000002, -2, math.nan, math.inf]:
    show("asin", x)
    show("acos", x)
for x in [0.0, -0.0, 1, -1, 1e300, math.inf, -math.inf, math.nan, True]:
    show("atan", x)
print(math.sin(math.pi / 4) ** 2 + math.cos(math.pi / 4) ** 2)
print([round(math.sin(math.radians(d)), 12) for d in range(0, 361, 45)])
