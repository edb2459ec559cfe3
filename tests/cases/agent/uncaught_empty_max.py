# max() of an empty filtered selection raises ValueError when no default is given.
scores = [
    {"team": "red", "pts": 10},
    {"team": "blue", "pts": 7},
    {"team": "red", "pts": 4},
]
for team in ("red", "blue"):
    best = max(s["pts"] for s in scores if s["team"] == team)
    print(team, best)
print("green", max((s["pts"] for s in scores if s["team"] == "green"), default=None))
print("green", min([], default="n/a"))
print("green", max(s["pts"] for s in scores if s["team"] == "green"))
