# Normalize inconsistent API responses (missing fields, wrong types) into clean records.
responses = [
    {"id": "17", "user": {"name": "Ana", "email": "ANA@EXAMPLE.COM"}, "tags": "a,b", "score": "9.5"},
    {"id": 18, "user": {"name": "bo"}, "tags": ["c"], "score": 7},
    {"id": None, "user": None, "tags": None},
    {"id": "x19", "user": {"name": "  Cy  ", "email": None}, "score": "n/a"},
    {"id": 20, "user": {"name": "Di", "email": "di@x.io"}, "tags": ["a", "a", "d"], "score": 10.0},
]
problems = []

def as_int(value, field, index):
    try:
        return int(value)
    except (TypeError, ValueError):
        problems.append(f"#{index}: bad {field} {value!r}")
        return None

def normalize(index, raw):
    user = raw.get("user") or {}
    tags = raw.get("tags") or []
    if isinstance(tags, str):
        tags = tags.split(",")
    score = raw.get("score")
    try:
        score = float(score) if score is not None else None
    except ValueError:
        problems.append(f"#{index}: bad score {score!r}")
        score = None
    return {
        "id": as_int(raw.get("id"), "id", index),
        "name": (user.get("name") or "?").strip().title(),
        "email": (user.get("email") or "").lower() or None,
        "tags": sorted(set(tags)),
        "score": score,
    }

clean = [normalize(i, r) for i, r in enumerate(responses)]
for rec in clean:
    print(rec)
print("\n".join(problems))
valid = [r for r in clean if r["id"] is not None and r["score"] is not None]
print(len(valid), "valid; mean score", sum(r["score"] for r in valid) / len(valid))
