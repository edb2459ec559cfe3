# Human-readable durations and byte sizes, as agents print them in summaries.
def human_duration(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            count, seconds = divmod(seconds, size)
            parts.append(f"{int(count)}{unit}")
    if seconds or not parts:
        parts.append(f"{seconds:.3g}s" if isinstance(seconds, float) and seconds != int(seconds) else f"{int(seconds)}s")
    return " ".join(parts)

def human_bytes(n):
    units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
    value = float(n)
    for unit in units:
        if abs(value) < 1024 or unit == units[-1]:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024

for s in [0.0004, 0.25, 1, 59.5, 61, 3600, 3661.25, 86400 * 2 + 7, 10**6]:
    print(f"{s!r:>12} -> {human_duration(s)}")
for n in [0, 1, 1023, 1024, 1536, 10**6, 2**30, 5 * 2**40 + 1, 2**60, -2048]:
    print(f"{n:>22,} -> {human_bytes(n)}")
