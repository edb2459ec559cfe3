# Resample irregular timestamped readings into fixed buckets: mean, count, and forward-fill gaps.
readings = [(0, 10.0), (7, 12.0), (14, 11.0), (31, 15.5), (33, 14.5), (75, 9.0), (79, 8.0), (95, 10.5)]
BUCKET = 20
buckets = {}
for t, v in readings:
    buckets.setdefault(t // BUCKET * BUCKET, []).append(v)
last = None
end = max(t for t, _ in readings)
for start in range(0, end + 1, BUCKET):
    values = buckets.get(start)
    if values:
        mean = sum(values) / len(values)
        last = mean
        print(f"[{start:>3},{start + BUCKET:>3}) n={len(values)} mean={mean:6.2f} min={min(values):5.1f} max={max(values):5.1f}")
    else:
        print(f"[{start:>3},{start + BUCKET:>3}) n=0 filled={last:6.2f}")
deltas = [(b[0] - a[0], round(b[1] - a[1], 2)) for a, b in zip(readings, readings[1:])]
print(deltas)
print("largest gap:", max(deltas, key=lambda d: d[0]), "steepest:", max(deltas, key=lambda d: abs(d[1]) / d[0]))
