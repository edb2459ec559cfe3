# Aggregate sales records by month and region, then print a pivot table.
sales = [
    ("2024-01-12", "north", 120.0),
    ("2024-01-20", "south", 80.5),
    ("2024-02-02", "north", 99.99),
    ("2024-02-14", "north", 15.0),
    ("2024-02-28", "east", 300.0),
    ("2024-03-01", "south", 42.42),
    ("2024-03-15", "east", 8.0),
]
pivot = {}
regions = set()
for date, region, amount in sales:
    month = date[:7]
    regions.add(region)
    row = pivot.setdefault(month, {})
    row[region] = row.get(region, 0.0) + amount

columns = sorted(regions)
print("month   " + "".join(f"{r:>10}" for r in columns) + f"{'total':>10}")
for month in sorted(pivot):
    row = pivot[month]
    cells = "".join(f"{row.get(r, 0):>10.2f}" for r in columns)
    print(f"{month} {cells}{sum(row.values()):>10.2f}")
col_totals = {r: round(sum(pivot[m].get(r, 0) for m in pivot), 2) for r in columns}
print("by region:", col_totals)
best = max(pivot, key=lambda m: sum(pivot[m].values()))
print("best month:", best)
