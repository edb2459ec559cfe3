# Moving averages and anomaly flags over a series of latency measurements.
samples = [
    {"t": 0, "ms": 120.0}, {"t": 1, "ms": 118.5}, {"t": 2, "ms": 130.25},
    {"t": 3, "ms": 410.0}, {"t": 4, "ms": 125.0}, {"t": 5, "ms": 119.75},
    {"t": 6, "ms": 122.0}, {"t": 7, "ms": 980.5}, {"t": 8, "ms": 121.0},
]

def moving_average(values, window):
    total = 0.0
    buf = []
    for v in values:
        buf.append(v)
        total += v
        if len(buf) > window:
            total -= buf.pop(0)
        yield total / len(buf)

values = [s["ms"] for s in samples]
for s, avg in zip(samples, moving_average(values, 3)):
    flag = "SPIKE" if s["ms"] > 2 * avg else ""
    print(f"t={s['t']} ms={s['ms']:7.2f} avg3={avg:8.3f} {flag}")
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
print(f"mean={mean:.4f} stdev={var ** 0.5:.4f}")
ordered = sorted(values)
mid = len(ordered) // 2
print("median", ordered[mid], "p90", ordered[int(0.9 * (len(ordered) - 1))])
print("min/max", min(values), max(values), round(max(values) / min(values), 3))
