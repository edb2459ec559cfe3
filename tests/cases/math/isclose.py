# isclose with its relative and absolute tolerances, infinities, NaN and its argument rules.
import math

print(math.isclose(1, 1.0000000001), math.isclose(1, 1.00000001), math.isclose(0, 1e-10), math.isclose(0, 0))
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 101, rel_tol=0.001))
print(math.isclose(math.inf, math.inf), math.isclose(-math.inf, math.inf), math.isclose(math.inf, 1e308, rel_tol=1))
print(math.isclose(math.nan, math.nan), math.isclose(math.nan, 1, abs_tol=math.inf), math.isclose(1, 2, abs_tol=math.inf))
print(math.isclose(a=1, b=1), math.isclose(1, b=1, abs_tol=1, rel_tol=2), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(True, 1), math.isclose(10 ** 20, 10 ** 20 + 1), math.isclose(-0.0, 0.0))
print([math.isclose(x / 10, 0.1 * x) for x in range(10)])
for args, kwargs in [((1, 2), {"rel_tol": -1}), ((1, 2), {"abs_tol": -0.5}), ((1, 2, 3), {}), ((1, 2), {"foo": 1}),
                     ((1,), {"a": 1}), ((1, 2), {"a": 1}), ((1, 2, 3, 4, 5), {}), ((), {}), ((1,), {}),
                     ((1, 1), {"rel_tol": "x"}), ((1, 1), {"abs_tol": None}), ((10 ** 400, 1), {}), (("1", 1), {}),
                     ((), {"b": 1, "a": 2, "c": 3})]:
    try:
        print(math.isclose(*args, **kwargs))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
