# exp, exp2, expm1, log, log2, log10, log1p on floats: overflow, underflow, domain errors.
import math

def show(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)

for x in [0, 1, -1, 0.5, 709, 709.8, 710, -745, -746, 1e-300, math.inf, -math.inf, math.nan]:
    show("exp", x)
    show("expm1", x)
for x in [0, 1, 10, -1074, -1075, 1023, 1024, 0.5, math.inf, -math.inf]:
    show("exp2", x)
for x in [1, 2, math.e, 0.5, 1e-320, 1e308, 0.0, -0.0, -1, math.inf, -math.inf, math.nan]:
    show("log", x)
    show("log2", x)
    show("log10", x)
for x in [0, -0.0, 1e-20, -0.5, -1, -2, 1e300, math.inf, -math.inf, math.nan]:
    show("log1p", x)
show("log", 100, 10)
show("log", 8, 2)
show("log", 2, 0.5)
show("log", 1, 1)
show("log", 10, 1.0)
show("log", 0.0, 10)
show("log", 10, 0)
show("log", 10, -2)
show("log", math.inf, 2)
show("log", 2, math.inf)
print(math.log(math.exp(2)), math.exp(math.log(10)), math.log10(1000), math.log2(1024))
