# floor, ceil and trunc return ints (big ones for big floats); ints pass through unchanged.
import math

def show(name, x):
    try:
        r = getattr(math, name)(x)
        print(name, repr(x), repr(r), type(r).__name__)
    except (ValueError, OverflowError, TypeError) as e:
        print(name, repr(x), type(e).__name__, e)

for x in [2.5, -2.5, 0.0, -0.0, 0.999999, -0.5, 1e16 + 1, 1e300, -1e300, 2.0 ** 52 + 0.5, 4503599627370495.5,
          7, -7, True, False, 10 ** 30, -(10 ** 30), math.inf, -math.inf, math.nan, "3", None, [1]]:
    show("floor", x)
    show("ceil", x)
    show("trunc", x)
print(math.floor(-1e-300), math.ceil(1e-300), math.trunc(-0.9))
print(math.floor(123456789.987654321) + math.ceil(-0.1))
print([math.floor(x / 3) for x in range(-5, 6)])
print(sum(math.ceil(x * 0.1) for x in range(20)))
