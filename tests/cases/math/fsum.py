# fsum is exactly rounded: no accumulated error, infinities and NaNs handled, overflow reported.
import math

def naive(xs):
    total = 0.0
    for x in xs:
        total += x
    return total
print(naive([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([-0.0]), math.fsum([-0.0, -0.0]), math.fsum([True, True, 0.5]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -50]), math.fsum([1.0, 1e-16, 1e-16]), math.fsum([1e16, 1.0, 1e-16]))
print(math.fsum(x / 7 for x in range(100)), naive(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum([math.inf, math.nan]), math.fsum([math.nan, 1]))
for bad in [[1e308, 1e308], [math.inf, -math.inf], [1e308, 1e308, math.inf], ["a"], [10 ** 400], 5, [None]]:
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
values = [0.1 * k for k in range(1, 50)]
print(math.fsum(values) - naive(values))
print(math.fsum([1.5, -2.25] * 1000), math.fsum([10 ** 20, 1.0, -(10 ** 20)]))
