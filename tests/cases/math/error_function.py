# erf and erfc, including the tails where erfc underflows and the symmetries.
import math

for x in [0.0, -0.0, 0.1, 0.5, 1, -1, 2, 3, 5, 6, 10, 27, 28, -30, 1e-300, math.inf, -math.inf, math.nan]:
    print(x, repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(1) + math.erfc(1), math.erf(-0.5) == -math.erf(0.5))
def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * math.erfc(-(x - mu) / (sigma * math.sqrt(2)))
print([round(normal_cdf(z), 6) for z in (-3, -1.96, -1, 0, 1, 1.96, 3)])
print(normal_cdf(110, 100, 15), normal_cdf(70, 100, 15))
try:
    math.erf("0.5")
except TypeError as e:
    print("TypeError", e)
print(math.erf(True), math.erfc(10 ** 5))
