# hypot with any number of coordinates and dist between points: 3.12's accurate vector norm.
import math

print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1), math.hypot(1, 2, 3, 4))
print(math.hypot(-0.0), math.hypot(0.0, -0.0), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))
print(math.hypot(5e-324, 5e-324), math.hypot(1e200, 1e-200), math.hypot(*[0.1] * 100))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, -math.inf), math.hypot(math.nan, 1), math.hypot(True, 2))
print(math.hypot(10 ** 20, 10 ** 20), math.hypot(3, 4.0, 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 3)), math.dist((), ()), math.dist((1,), [-2]))
print(math.dist((1e308,), (-1e308,)), math.dist((1e308, 0), (-1e308, 0)), math.dist(iter([1, 1]), range(2)))
print(math.dist((0.1, 0.2, 0.3), (0.4, 0.5, 0.6)), math.dist((math.nan, 1), (2, 2)))
for args in [((1, 2), (3,)), ((1, "a"), (3, 4)), (1, 2), ((1,), None), ("ab", "cd")]:
    try:
        print(math.dist(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(1, "a"), (10 ** 400,), (None,)]:
    try:
        print(math.hypot(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.hypot(x=1)
except TypeError as e:
    print(e)
points = [(0, 0), (3, 4), (6, 8), (6, 0)]
print(sum(math.dist(points[i], points[i + 1]) for i in range(len(points) - 1)))
