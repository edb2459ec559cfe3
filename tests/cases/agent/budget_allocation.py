# Split a budget across teams by weights with largest-remainder rounding so the cents add up.
budget_cents = 100_000_00
weights = {"eng": 5, "sales": 3, "ops": 1.5, "legal": 0.5, "design": 2}
total_w = sum(weights.values())
raw = {team: budget_cents * w / total_w for team, w in weights.items()}
floored = {team: int(v) for team, v in raw.items()}
leftover = budget_cents - sum(floored.values())
for team in sorted(raw, key=lambda t: (-(raw[t] - floored[t]), t))[:leftover]:
    floored[team] += 1
for team, cents in sorted(floored.items(), key=lambda kv: -kv[1]):
    print(f"{team:<7} {weights[team]:>4} {cents / 100:>12,.2f} {cents / budget_cents:>7.2%}")
print(sum(floored.values()) == budget_cents, leftover)
def split_evenly(cents, parts):
    base, extra = divmod(cents, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]
print(split_evenly(1000, 3), split_evenly(5, 7), sum(split_evenly(99999, 13)))
