# Generators that close over enclosing variables, and closures created inside generators.
def make_ticker(prefix):
    count = 0
    def tick():
        nonlocal count
        count += 1
        return f"{prefix}{count}"
    def stream(n):
        for _ in range(n):
            yield tick()
    return stream, lambda: count
stream, current = make_ticker("T")
print(list(stream(3)), current(), next(stream(1)), current())
def handlers():
    for level in ["info", "warn", "error"]:
        yield level, (lambda msg, level=level: f"[{level.upper()}] {msg}")
table = dict(handlers())
print(table["warn"]("disk low"), table["error"]("down"))
def scaled(values, factor):
    def apply(v):
        return v * factor
    return (apply(v) for v in values)
gen = scaled([1, 2, 3], 10)
print(list(gen))
def window_stats(size):
    def stats(seq):
        for i in range(len(seq) - size + 1):
            chunk = seq[i:i + size]
            yield min(chunk), max(chunk), sum(chunk) / size
    return stats
print(list(window_stats(2)([4, 1, 7, 3])))
