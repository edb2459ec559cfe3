# Dict and set comprehensions over records: indexing, inverting, filtering, deduplicating.
users = [
    {"id": 3, "name": "cy", "team": "ops", "active": True},
    {"id": 1, "name": "ana", "team": "dev", "active": True},
    {"id": 2, "name": "bo", "team": "dev", "active": False},
    {"id": 4, "name": "di", "team": "qa", "active": True},
]
by_id = {u["id"]: u["name"] for u in users}
print(by_id, sorted(by_id.items()))
active_teams = {u["team"] for u in users if u["active"]}
print(sorted(active_teams))
inverted = {name: uid for uid, name in by_id.items()}
print(inverted)
team_sizes = {team: sum(1 for u in users if u["team"] == team) for team in sorted({u["team"] for u in users})}
print(team_sizes)
print({k: v for k, v in team_sizes.items() if v > 1}, {len(u["name"]) for u in users})
last_wins = {u["team"]: u["name"] for u in users}
print(last_wins)
matrix = {(i, j): i * j for i in range(1, 4) for j in range(1, 4) if i <= j}
print(matrix)
print({c: "aeiou".count(c) for c in "hello world" if c.isalpha()}, {x: x ** 2 for x in range(-2, 3)})
print({frozenset(p) for p in [("a", "b"), ("b", "a"), ("c", "a")]} == {frozenset("ab"), frozenset("ac")})
