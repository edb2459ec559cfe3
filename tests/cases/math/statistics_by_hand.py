# Agent-style number crunching over records with math: mean, stddev, percentiles, geometry.
import math

readings = [
    {"sensor": "a", "value": 12.5, "x": 0.0, "y": 0.0},
    {"sensor": "b", "value": 15.25, "x": 3.0, "y": 4.0},
    {"sensor": "c", "value": 9.75, "x": -1.5, "y": 2.0},
    {"sensor": "d", "value": 20.0, "x": 6.0, "y": -8.0},
    {"sensor": "e", "value": 13.1, "x": 0.5, "y": 0.5},
]
values = [r["value"] for r in readings]
n = len(values)
mean = math.fsum(values) / n
variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
stdev = math.sqrt(variance)
print(f"mean={mean:.4f} stdev={stdev:.4f}", mean, stdev)
geometric = math.exp(math.fsum(math.log(v) for v in values) / n)
print(round(geometric, 6), math.prod(values) ** (1 / n))
ordered = sorted(values)
def percentile(p):
    k = (n - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)
print([percentile(p) for p in (0, 25, 50, 90, 100)])
distances = {r["sensor"]: math.hypot(r["x"], r["y"]) for r in readings}
print(distances)
farthest = max(readings, key=lambda r: math.dist((0, 0), (r["x"], r["y"])))
print(farthest["sensor"], math.degrees(math.atan2(farthest["y"], farthest["x"])))
buckets = {}
for r in readings:
    buckets.setdefault(math.floor(r["value"] / 5) * 5, []).append(r["sensor"])
print(buckets)
print(math.isclose(sum(values), math.fsum(values)), math.ceil(mean), math.trunc(stdev * 100) / 100)
weights = [1, 2, 3, 2, 1]
print(math.sumprod(values, weights) / sum(weights))
