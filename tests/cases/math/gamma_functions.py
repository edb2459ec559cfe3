# gamma and lgamma: CPython's own Lanczos approximation, exact factorials at small integers.
import math

def show(name, x):
    try:
        print(name, x, repr(getattr(math, name)(x)))
    except (ValueError, OverflowError) as e:
        print(name, x, type(e).__name__, e)

for x in [1, 2, 3, 5, 10, 23, 24, 0.5, 1.5, -0.5, -1.5, 2.5, 1e-10, -1e-10, 1e-320, 100.5, 171.6, 171.7,
          -171.5, -171.7, -200.5, -250.5, 0, -0.0, -1, -2, 1e308, math.inf, -math.inf, math.nan]:
    show("gamma", x)
    show("lgamma", x)
print(math.gamma(0.5) ** 2, math.pi)
print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 20)])
print(math.lgamma(100) == math.log(math.factorial(99)), abs(math.lgamma(100) - math.log(math.factorial(99))) < 1e-12)
print([round(math.gamma(k / 4), 10) for k in range(1, 12)])
