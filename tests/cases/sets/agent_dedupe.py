# Agent-style data processing: deduplicating and comparing sets of values from records.
records = [
    {"user": "ana", "tags": ["python", "sql", "ml"], "team": "data"},
    {"user": "ben", "tags": ["go", "sql"], "team": "infra"},
    {"user": "cid", "tags": ["python", "go", "k8s"], "team": "infra"},
    {"user": "dee", "tags": ["ml", "python"], "team": "data"},
    {"user": "eve", "tags": [], "team": "security"},
]
all_tags = set()
for r in records:
    all_tags.update(r["tags"])
print(sorted(all_tags), len(all_tags))
teams = {r["team"] for r in records}
print(sorted(teams))
by_team = {}
for r in records:
    by_team.setdefault(r["team"], set()).update(r["tags"])
for team in sorted(by_team):
    print(team, sorted(by_team[team]))
common = set(records[0]["tags"]).intersection(*(r["tags"] for r in records[1:4]))
print("common:", common)
python_users = {r["user"] for r in records if "python" in r["tags"]}
sql_users = {r["user"] for r in records if "sql" in r["tags"]}
print(sorted(python_users & sql_users), sorted(python_users - sql_users), sorted(python_users ^ sql_users))
required = {"python", "sql"}
for r in records:
    missing = required - set(r["tags"])
    print(r["user"], "ok" if not missing else "missing " + ", ".join(sorted(missing)))
seen = set()
duplicates = set()
for value in [4, 8, 15, 16, 23, 42, 8, 15, 4, 4]:
    (duplicates if value in seen else seen).add(value)
print(sorted(seen), sorted(duplicates))
def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0
print(round(jaccard("night", "nacht"), 3), jaccard([], []), jaccard([1, 2], [2, 3]))
emails = ["A@x.com", "a@x.com", "b@y.org", "B@Y.org ", "c@z.net"]
print(sorted({e.strip().lower() for e in emails}))
print(len({e.strip().lower() for e in emails}))
