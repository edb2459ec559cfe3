# Diff two snapshots of records keyed by id: added, removed, and changed fields.
before = [
    {"id": 1, "name": "alpha", "status": "active", "owner": "kim"},
    {"id": 2, "name": "beta", "status": "paused", "owner": "lee"},
    {"id": 3, "name": "gamma", "status": "active", "owner": "kim"},
]
after = [
    {"id": 1, "name": "alpha", "status": "active", "owner": "ray"},
    {"id": 3, "name": "gamma-2", "status": "archived", "owner": "kim"},
    {"id": 4, "name": "delta", "status": "active", "owner": "lee"},
]
old = {r["id"]: r for r in before}
new = {r["id"]: r for r in after}
added = sorted(new.keys() - old.keys())
removed = sorted(old.keys() - new.keys())
print("added:", added, "removed:", removed)
for rid in sorted(old.keys() & new.keys()):
    changes = {k: (old[rid][k], new[rid][k]) for k in old[rid] if old[rid][k] != new[rid].get(k)}
    if changes:
        desc = ", ".join(f"{k}: {a!r} -> {b!r}" for k, (a, b) in changes.items())
        print(f"changed {rid}: {desc}")
    else:
        print(f"unchanged {rid}")
owners_before = {r["owner"] for r in before}
owners_after = {r["owner"] for r in after}
print(sorted(owners_before ^ owners_after), owners_before <= owners_after | {"kim", "lee"})
