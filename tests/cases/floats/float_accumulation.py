# Accumulating floats: sum vs math.fsum, order effects, and comparisons with tolerance.
import math
values = [0.1] * 10
print(sum(values), math.fsum(values), sum(values) == 1.0)
acc = 0.0
for v in values:
    acc += v
print(acc, acc == 1.0, abs(acc - 1.0) < 1e-9, math.isclose(acc, 1.0))
big = [1e16, 1.0, -1e16]
print(sum(big), math.fsum(big), sum(sorted(big, key=abs)))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
prices = [19.99, 5.01, 0.1, 0.2, 74.7]
print(sum(prices), round(sum(prices), 2), f"{sum(prices):.2f}")
mean = sum(prices) / len(prices)
print(mean, sum((p - mean) ** 2 for p in prices) / len(prices))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9))
running = []
total = 0
for p in prices:
    total += p
    running.append(round(total, 2))
print(running, sum([1, 2.5, 3]), type(sum([1, 2])).__name__, sum([], 0.0))
