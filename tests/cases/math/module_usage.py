# Importing math and its names, and what its functions look like as objects.
import math
from math import sqrt, pi as PI, floor
import math as m

print(sqrt(16), PI, floor(-0.5), m is math, m.sqrt is sqrt)
print(math.sin, math.factorial, type(math.sin).__name__, math.sin.__name__)
print(callable(math.hypot), math.__name__, type(math).__name__)
print(sorted(name for name in ["pi", "e", "tau", "inf", "nan"] if hasattr(math, name)))
print(hasattr(math, "sumprod"), hasattr(math, "fma"), hasattr(math, "cbrt"), hasattr(math, "exp2"))
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__)
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
functions = [math.sin, math.cos, math.tan]
print([round(f(1), 6) for f in functions])
print(list(map(math.sqrt, [1, 4, 9])), sorted([3.3, -1.2, 2.5], key=math.fabs))
print(max([-7, 3, -2], key=abs), min(map(math.ceil, [1.1, 2.9, -0.5])))
def apply(f, *args):
    return f(*args)
print(apply(math.pow, 2, 8), apply(math.gcd, 12, 8, 6))
