# Cross-tabulate survey answers by group, with row percentages and a most-common answer per group.
answers = [
    ("eng", "yes"), ("eng", "no"), ("eng", "yes"), ("ops", "maybe"), ("ops", "yes"),
    ("sales", "no"), ("sales", "no"), ("eng", "maybe"), ("ops", "yes"), ("sales", "yes"), ("eng", "yes"),
]
choices = ["yes", "no", "maybe"]
table = {}
for group, answer in answers:
    row = table.setdefault(group, dict.fromkeys(choices, 0))
    row[answer] += 1
print(f"{'group':<6}" + "".join(f"{c:>12}" for c in choices) + f"{'n':>4}  top")
for group in sorted(table):
    row = table[group]
    n = sum(row.values())
    cells = "".join(f"{row[c]:>4} ({row[c] / n:>4.0%})" for c in choices)
    top = max(choices, key=lambda c: (row[c], -choices.index(c)))
    print(f"{group:<6}{cells}{n:>4}  {top}")
totals = {c: sum(r[c] for r in table.values()) for c in choices}
print(f"{'all':<6}" + "".join(f"{totals[c]:>12}" for c in choices) + f"{len(answers):>4}")
print(sorted(table, key=lambda g: table[g]["yes"] / sum(table[g].values()), reverse=True))
