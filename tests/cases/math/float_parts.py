# frexp, ldexp, modf, copysign and fabs: pulling floats apart and putting them together.
import math

def show(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, args, type(e).__name__, e)

for x in [8.0, 0.1, -3.5, 0.0, -0.0, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 5, True]:
    show("frexp", x)
    show("modf", x)
for x, i in [(0.5, 4), (1, 1023), (1, 1024), (1.0, -1074), (1.0, -1075), (0.75, -1074), (-0.0, 5), (math.inf, -5),
             (math.nan, 3), (1, 2 ** 70), (1, -2 ** 70), (0.0, 2 ** 70), (3, True), (1, 1.0), (1, "2"), ("1", 2)]:
    show("ldexp", x, i)
m, e = math.frexp(1234.5)
print(m, e, math.ldexp(m, e) == 1234.5)
for x, y in [(1, -0.0), (-2, 0.0), (0.0, -1), (math.inf, -1), (math.nan, -1), (3, math.nan), (-3, -math.inf)]:
    show("copysign", x, y)
for x in [-3, -0.0, 2.5, -math.inf, math.nan, -10 ** 20, False]:
    show("fabs", x)
print(math.copysign(1, -math.nan), math.copysign(5, -1.0), math.copysign(-0.0, 1))
