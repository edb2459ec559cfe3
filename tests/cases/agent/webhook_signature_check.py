# Validate webhook payloads: required fields, simple checksum, idempotency keys, and a summary.
payloads = [
    {"event": "order.paid", "id": "evt_1", "body": "order=17&amount=2500", "checksum": 1934},
    {"event": "order.paid", "id": "evt_1", "body": "order=17&amount=2500", "checksum": 1934},
    {"event": "order.refunded", "id": "evt_2", "body": "order=9&amount=500", "checksum": 1},
    {"event": "user.created", "id": "evt_3", "body": "user=ana"},
    {"id": "evt_4", "body": "x=1", "checksum": 0},
]

def checksum(text):
    return sum((i + 1) * ord(ch) for i, ch in enumerate(text)) % 9973

seen = set()
summary = {"accepted": [], "duplicate": [], "rejected": []}
for p in payloads:
    missing = [f for f in ("event", "id", "body", "checksum") if f not in p]
    if missing:
        summary["rejected"].append(f"{p.get('id', '?')}: missing {', '.join(missing)}")
        continue
    if p["id"] in seen:
        summary["duplicate"].append(p["id"])
        continue
    expected = checksum(p["body"])
    if expected != p["checksum"]:
        summary["rejected"].append(f"{p['id']}: checksum {p['checksum']} != {expected}")
        continue
    seen.add(p["id"])
    fields = dict(pair.split("=") for pair in p["body"].split("&"))
    summary["accepted"].append((p["event"], fields))
for kind, entries in summary.items():
    print(f"{kind} ({len(entries)}):")
    for e in entries:
        print("   ", e)
