# A lazy pipeline of generators over log records: parse, filter, enrich, window.
raw = [
    "GET /api/users 200 12",
    "POST /api/orders 201 48",
    "GET /api/users 500 3",
    "GET /health 200 1",
    "DELETE /api/orders/7 404 5",
    "GET /api/orders 200 33",
    "bogus",
    "POST /api/users 400 9",
]
trace = []

def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) != 4:
            trace.append("skip " + repr(line))
            continue
        method, path, status, ms = parts
        yield {"method": method, "path": path, "status": int(status), "ms": int(ms)}

def only_api(records):
    for r in records:
        if r["path"].startswith("/api"):
            yield r

def enrich(records):
    for r in records:
        r["ok"] = r["status"] < 400
        r["resource"] = r["path"].split("/")[2]
        yield r

def windows(records, size):
    batch = []
    for r in records:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

pipeline = windows(enrich(only_api(parse(raw))), 3)
print(type(pipeline).__name__, trace)
for n, batch in enumerate(pipeline):
    failed = [r["path"] for r in batch if not r["ok"]]
    print(n, len(batch), sum(r["ms"] for r in batch), failed)
print(trace)
