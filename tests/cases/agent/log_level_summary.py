# Parse log lines, count levels, and collect error messages per component.
lines = """2024-01-05 10:00:01 INFO  auth: user logged in
2024-01-05 10:00:03 WARN  db: slow query 1200ms
2024-01-05 10:00:04 ERROR auth: token expired
2024-01-05 10:01:10 INFO  api: GET /items 200
2024-01-05 10:01:11 ERROR db: connection reset
2024-01-05 10:01:12 ERROR db: connection reset
malformed line here
2024-01-05 10:02:00 DEBUG api: cache hit""".splitlines()

levels = {}
errors = {}
bad = 0
for line in lines:
    parts = line.split(None, 3)
    if len(parts) < 4 or ":" not in parts[3]:
        bad += 1
        continue
    date, time, level, rest = parts
    component, message = rest.split(":", 1)
    levels[level] = levels.get(level, 0) + 1
    if level == "ERROR":
        errors.setdefault(component, []).append(message.strip())

print("levels:", dict(sorted(levels.items())))
print("malformed:", bad)
for component, msgs in errors.items():
    unique = sorted(set(msgs))
    print(f"{component}: {len(msgs)} error(s), unique={unique}")
first_error = next((l for l in lines if " ERROR " in l), None)
print("first error at", first_error[11:19] if first_error else "never")
