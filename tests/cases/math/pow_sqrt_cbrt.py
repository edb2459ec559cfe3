# math.pow always works in floats, with C99's special values; sqrt and cbrt.
import math

def show(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)

cases = [(2, 10), (2, 0.5), (-8, 1 / 3), (-2, 3), (-2, -3), (0, 0), (0, -1), (-0.0, -3), (-0.0, 3), (0.0, -math.inf),
         (10, 400), (2, -1080), (1, math.nan), (math.nan, 0), (math.nan, 1), (-1, math.inf), (0.5, -math.inf),
         (2, math.inf), (-math.inf, 3), (-math.inf, -3), (-math.inf, 2.5), (math.inf, -2), (-1, 0.5), (2 ** 60, 2)]
for x, y in cases:
    show("pow", x, y)
print(math.pow(2, 10) == 2 ** 10, type(math.pow(2, 3)).__name__, math.pow(True, False))
for x in [0, -0.0, 4, 2, 1e-320, 1e308, 10 ** 300, -1, -1e-300, math.inf, -math.inf, math.nan, True]:
    show("sqrt", x)
for x in [27, -27, 0.001, -0.0, 1e300, math.inf, -math.inf, math.nan, 2]:
    show("cbrt", x)
print(math.sqrt(2) ** 2, math.isqrt(2 ** 100), math.sqrt(2 ** 100))
