# Suppress duplicate alerts that repeat within a time window, per (source, code) key.
events = [
    (0, "db", "E1", "connection lost"), (5, "db", "E1", "connection lost"), (12, "api", "W3", "slow"),
    (30, "db", "E1", "connection lost"), (31, "db", "E2", "disk full"), (33, "api", "W3", "slow"),
    (95, "db", "E1", "connection lost"), (96, "api", "W3", "slow"), (97, "api", "W3", "slow"),
]
WINDOW = 60
last_sent = {}
suppressed = {}
for t, source, code, text in events:
    key = (source, code)
    if key in last_sent and t - last_sent[key] < WINDOW:
        suppressed[key] = suppressed.get(key, 0) + 1
        continue
    extra = f" (+{suppressed.pop(key)} suppressed)" if key in suppressed else ""
    last_sent[key] = t
    print(f"t={t:>3} [{source}/{code}] {text}{extra}")
print("still suppressed:", {f"{s}/{c}": n for (s, c), n in sorted(suppressed.items())})
