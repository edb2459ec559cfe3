# The module's constants: values, reprs, types and how they compare.
import math

print(repr(math.pi), repr(math.e), repr(math.tau))
print(math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, type(math.inf).__name__, type(math.nan).__name__)
print(math.tau == 2 * math.pi, math.tau / 2 == math.pi)
print(math.inf > 1e308, -math.inf < -1e308, math.inf == float("inf"))
print(math.nan == math.nan, math.nan != math.nan, math.nan is math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isinf(-math.inf))
print(math.inf - math.inf, math.inf * 0, math.inf + 1)
print(round(math.pi, 5), round(math.e, 3), f"{math.pi:.10f}", f"{math.tau:e}")
print(math.pi * 2 ** 50, math.e ** 2, math.pi / 1e300)
print(str(math.inf), repr(-math.nan))
print(int(math.pi * 1000), math.floor(math.e * 10 ** 6))
print(hash(math.inf), hash(-math.inf), hash(math.pi) == hash(math.pi))
print(sorted([math.e, math.pi, math.tau, 3, -math.inf, math.inf]))
print(max(math.pi, math.e), min(math.tau, 6))
