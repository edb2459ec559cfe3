# sumprod (new in 3.12): exact int path, extended-precision float path, ordinary arithmetic otherwise.
import math

print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []), math.sumprod(range(5), range(5)))
naive = 0.0
for x, y in zip([0.1] * 10, [0.1] * 10):
    naive += x * y
print(math.sumprod([0.1] * 10, [0.1] * 10), naive)
print(math.sumprod([1.5, 2], [3, 4]), math.sumprod([1, 2.0], [3, 4]), math.sumprod([1.0, 2], [3, 4.0]))
print(math.sumprod([2 ** 62, 2 ** 62], [2, 2]), math.sumprod([10 ** 30], [2.0]), math.sumprod([True, False], [2, 3]))
print(math.sumprod([1e308, 1e308, -1e308], [10.0, 1.0, 10.0]), math.sumprod([1e308, -1e308], [1.0, 1.0]))
print(math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]), math.sumprod([2 ** 62, 0.5], [2, 3.0]))
print(math.sumprod([2, 3], [0.5, 0.25]), math.sumprod([0.5, 0.25], [True, 3]), math.sumprod((x for x in [1.5]), [2]))
print(math.sumprod([1e-320, 3.5], [0.5, 1e-310]), math.sumprod([math.inf, 1], [1, 1]))
prices = [19.99, 5.49, 3.75, 100.0]
quantities = [3, 10, 4, 1]
print(math.sumprod(prices, quantities), round(math.sumprod(prices, quantities), 2))
for p, q in [([1, 2], [3]), (iter([1]), [1, 2]), (5, [1]), (["a"], [2]), ([None], [1]), ([{}], [1.5])]:
    try:
        print(math.sumprod(p, q))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.sumprod([1])
except TypeError as e:
    print(e)
