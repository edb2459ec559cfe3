# fmod keeps the sign of x (unlike %); remainder rounds the quotient to nearest, ties to even.
import math

def show(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)

pairs = [(5, 3), (-5, 3), (5, -3), (-5, -3), (5.5, 2), (-0.0, 1), (0.0, -1), (1, 0), (1, -0.0), (math.inf, 1),
         (1, math.inf), (-1, -math.inf), (math.nan, 1), (1, math.nan), (1e308, 1e-308), (10 ** 20, 7), (3, 1e-320)]
for x, y in pairs:
    show("fmod", x, y)
    show("remainder", x, y)
for x in range(-6, 7):
    print(x, math.remainder(x, 4), math.fmod(x, 4), x % 4)
print([math.remainder(k + 0.5, 1) for k in range(-3, 4)])
print(math.fmod(2.0 ** 60 + 1, 3), (2 ** 60 + 1) % 3)
