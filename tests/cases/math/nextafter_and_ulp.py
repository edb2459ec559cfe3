# nextafter (with 3.12's steps keyword) and ulp: walking along the doubles.
import math

print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(0.0, -1))
print(math.nextafter(-0.0, 1), math.nextafter(5e-324, 0), math.nextafter(1.7976931348623157e308, math.inf))
print(math.nextafter(math.inf, 0), math.nextafter(1, 1), math.nextafter(math.nan, 1), math.nextafter(1, math.nan))
for steps in [0, 1, 2, 3, 10, 2 ** 52, 2 ** 63, 2 ** 64, 10 ** 30, True, None]:
    print(steps, math.nextafter(1.0, 2.0, steps=steps), math.nextafter(0.0, -1.0, steps=steps))
print(math.nextafter(5e-324, -5e-324, steps=1), math.nextafter(5e-324, -5e-324, steps=2), math.nextafter(-1.0, 1.0, steps=2 ** 64))
for args, kwargs in [((1, 2), {"steps": -1}), ((1, 2), {"steps": 1.0}), ((1, 2, 3), {}), ((1,), {}), ((1, 2), {"step": 1})]:
    try:
        print(math.nextafter(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for x in [1.0, -1.0, 0.0, 5e-324, 1e300, 2.0 ** 52, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 10, True]:
    print(x, math.ulp(x))
print(math.ulp(1.0) == 2 ** -52, 1.0 + math.ulp(1.0) / 2 == 1.0)
