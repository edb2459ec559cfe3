# Agent-style log parsing: levels, timestamps, key=value fields and message search.
log = """2024-05-01 12:00:01 INFO  server started port=8080 pid=42
2024-05-01 12:00:05 WARN  slow request path=/api/users ms=1503
2024-05-01 12:00:07 ERROR db failure code=E42 detail="connection reset"
2024-05-01 12:01:00 INFO  request path=/api/items ms=12
2024-05-01 12:01:02 DEBUG cache hit key=user:7
2024-05-01 12:02:00 ERROR timeout path=/api/upload ms=30000
malformed line here
2024-05-01 12:03:00 INFO  shutdown reason=ñ-signal"""
levels = {}
errors = []
slow = []
for line in log.splitlines():
    parts = line.split(None, 3)
    if len(parts) < 4 or not parts[0].replace("-", "").isdigit():
        print("skip:", repr(line))
        continue
    date, time, level, rest = parts
    levels[level] = levels.get(level, 0) + 1
    fields = {}
    words = []
    for token in rest.split():
        key, sep, val = token.partition("=")
        if sep and key.isidentifier():
            fields[key] = val.strip('"')
        else:
            words.append(token)
    if level in ("ERROR", "WARN"):
        errors.append(time + " " + level.lower() + ": " + " ".join(words))
    if fields.get("ms", "0").isdigit() and int(fields.get("ms", "0")) > 1000:
        slow.append(fields["path"].removeprefix("/api/"))
print(levels)
print("\n".join(errors))
print(slow)
print(log.count("ERROR"), log.find("ERROR"), log.rfind("ERROR"), log.index("pid="), log.rindex("ms="))
hours = [line.split()[1].split(":")[0] for line in log.splitlines() if line.startswith("2024")]
print(hours, sorted(list({h: 1 for h in hours}.keys())))
print(log.splitlines()[-1].rpartition("=")[2], log.splitlines()[2].partition('"')[2].rstrip('"').title())
