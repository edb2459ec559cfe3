# isfinite, isinf and isnan over floats, ints, bools and the wrong types.
import math

values = [0.0, -0.0, 1, -1.5, 1e308, 5e-324, math.inf, -math.inf, math.nan, -math.nan, True, 10 ** 300, float("1e500")]
for x in values:
    print(repr(x) if not isinstance(x, int) or abs(x) < 100 else "big", math.isfinite(x), math.isinf(x), math.isnan(x))
for bad in [10 ** 400, "1", None, [1.0], (1,)]:
    for name in ["isfinite", "isinf", "isnan"]:
        try:
            print(getattr(math, name)(bad))
        except (TypeError, OverflowError) as e:
            print(name, type(e).__name__, e)
data = [1.0, math.nan, 2.5, math.inf, -3.0, math.nan]
clean = [x for x in data if math.isfinite(x)]
print(clean, sum(clean), len([x for x in data if math.isnan(x)]))
print(math.isnan(math.inf - math.inf), math.isinf(1e308 * 10), math.isfinite(1e308 + 1e308))
