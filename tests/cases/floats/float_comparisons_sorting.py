# Sorting floats (with -0.0, inf, duplicates), tolerance comparisons, and float keys in dicts.
vals = [3.5, -0.0, 0.0, -2.25, float("inf"), 1e-300, -1e300, 3.5, 2.0]
print(sorted(vals), sorted(vals, reverse=True)[:3], min(vals), max(vals))
print(sorted(vals, key=abs)[:4], vals.index(0.0), vals.count(3.5), 0.0 in [-0.0])
def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)
print(close(0.1 + 0.2, 0.3), close(1e-12, 0.0), close(1e-12, 0.0, abs_tol=1e-9), close(1e20, 1e20 + 1))
prices = {1.0: "one", 2.5: "two and a half", 1: "int one"}
print(prices, prices[1.0], len(prices), {0.0: "z", -0.0: "negative zero"})
readings = [(1.5, "b"), (1.5, "a"), (0.25, "c"), (-1.0, "d")]
print(sorted(readings), sorted(readings, key=lambda r: -r[0]))
print(0.1 * 3 > 0.3, 0.1 * 3 == 0.30000000000000004, 1 / 3 * 3 == 1.0, 2 / 3 + 1 / 3 == 1)
print(round(2.5) < round(3.5), 1e16 + 1 == 1e16, 1e15 + 1 == 1e15, float("1.0000000000000002") > 1)
