# Text progress bars and a horizontal histogram scaled to a fixed width.
def bar(done, total, width=20):
    filled = width * done // total if total else width
    pct = done / total if total else 1.0
    return f"[{'#' * filled}{'.' * (width - filled)}] {pct:6.1%} ({done}/{total})"

for done, total in [(0, 10), (3, 10), (10, 10), (1, 3), (0, 0), (999, 1000)]:
    print(bar(done, total))
latencies = [12, 15, 11, 40, 42, 38, 120, 13, 14, 41, 16, 300, 12, 11]
buckets = {}
for ms in latencies:
    edge = 10 * 2 ** max(0, (ms // 10).bit_length() - 1)
    buckets[edge] = buckets.get(edge, 0) + 1
peak = max(buckets.values())
for edge in sorted(buckets):
    count = buckets[edge]
    print(f"{edge:>5}ms+ | {'█' * round(30 * count / peak):<30} | {count:>3} {count / len(latencies):>5.0%}")
print(f"{'total':>8} | {len(latencies):>34}")
