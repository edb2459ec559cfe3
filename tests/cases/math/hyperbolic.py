# sinh, cosh, tanh and their inverses: overflow is a range error, poles are domain errors.
import math

def show(name, x):
    try:
        print(name, x, repr(getattr(math, name)(x)))
    except (ValueError, OverflowError) as e:
        print(name, x, type(e).__name__, e)

for x in [0.0, -0.0, 1, -1, 0.5, 20, 710, 711, -711, 1e-300, math.inf, -math.inf, math.nan]:
    show("sinh", x)
    show("cosh", x)
    show("tanh", x)
for x in [0.0, -0.0, 1, -1, 1e300, -1e300, math.inf, -math.inf, math.nan]:
    show("asinh", x)
for x in [1, 1.5, 0.5, 0, -1, 1e300, math.inf, math.nan]:
    show("acosh", x)
for x in [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1, -1, 2, math.inf, math.nan]:
    show("atanh", x)
print(math.cosh(1) ** 2 - math.sinh(1) ** 2)
print(math.tanh(0.5) == math.sinh(0.5) / math.cosh(0.5))
