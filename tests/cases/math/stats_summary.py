# Descriptive statistics by hand with math: mean, median, variance, percentiles, z-scores.
import math
data = [12.5, 15.0, 11.2, 19.8, 15.0, 13.3, 22.1, 9.7, 15.0, 17.4]
n = len(data)
mean = math.fsum(data) / n
ordered = sorted(data)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else ordered[n // 2]
var = math.fsum((x - mean) ** 2 for x in data) / (n - 1)
std = math.sqrt(var)
mode = max(set(data), key=data.count)
def percentile(p):
    k = (n - 1) * p
    f, c = math.floor(k), math.ceil(k)
    return ordered[f] if f == c else ordered[f] + (ordered[c] - ordered[f]) * (k - f)
print(f"n={n} mean={mean:.4f} median={median} mode={mode} var={var:.4f} std={std:.4f}")
print([round(percentile(p), 3) for p in (0, 0.25, 0.5, 0.75, 0.9, 1)])
print([round((x - mean) / std, 2) for x in data])
geo = math.exp(math.fsum(math.log(x) for x in data) / n)
harm = n / math.fsum(1 / x for x in data)
print(round(geo, 6), round(harm, 6), harm <= geo <= mean, math.prod([1.5, 2, 4]))
