# Leaderboards with ties: standard competition ranking (1, 2, 2, 4) and dense ranking (1, 2, 2, 3).
scores = [("ana", 930), ("bo", 875), ("cy", 930), ("di", 640), ("ed", 875), ("fay", 990), ("gus", 640)]
ordered = sorted(scores, key=lambda s: (-s[1], s[0]))
competition, dense = [], []
prev, rank, dense_rank = None, 0, 0
for position, (name, score) in enumerate(ordered, 1):
    if score != prev:
        rank = position
        dense_rank += 1
        prev = score
    competition.append((rank, name, score))
    dense.append((dense_rank, name, score))
print(f"{'comp':>4} {'dense':>5}  name  score")
for (c, name, score), (d, _, _) in zip(competition, dense):
    medal = {1: "gold", 2: "silver", 3: "bronze"}.get(d, "")
    print(f"{c:>4} {d:>5}  {name:<5} {score:>5} {medal}")
by_score = {}
for name, score in scores:
    by_score.setdefault(score, []).append(name)
print({s: sorted(n) for s, n in sorted(by_score.items(), reverse=True) if len(n) > 1})
top_pct = [name for name, score in scores if score >= sorted(s for _, s in scores)[int(len(scores) * 0.7)]]
print(sorted(top_pct))
