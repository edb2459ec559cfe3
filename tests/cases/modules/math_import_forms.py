# The ways scripts import math: plain, aliased, from-import with names, and errors for bad names.
import math
import math as m
from math import sqrt, pi as PI, floor
print(math is m, sqrt(16), PI == math.pi, floor(-1.5), m.ceil(1.2))
def area(r):
    from math import pi
    return pi * r * r
print(round(area(2), 5), math.tau / 2 == math.pi, math.inf > 10**308, math.isnan(math.nan))
try:
    from math import not_a_function
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import json_not_real
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    math.not_here
except AttributeError as e:
    print("AttributeError:", e)
print(type(math).__name__, math.__name__, [name for name in ("sqrt", "gcd", "nope") if hasattr(math, name)])
