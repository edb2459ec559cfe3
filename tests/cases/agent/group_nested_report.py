# Two-level grouping (region -> city) with subtotals, printed as an indented report.
sales = [
    {"region": "EU", "city": "Paris", "rep": "ana", "amount": 1200},
    {"region": "EU", "city": "Berlin", "rep": "bo", "amount": 800},
    {"region": "US", "city": "Austin", "rep": "cy", "amount": 1500},
    {"region": "EU", "city": "Paris", "rep": "di", "amount": 300},
    {"region": "US", "city": "Boston", "rep": "ed", "amount": 700},
    {"region": "US", "city": "Austin", "rep": "fay", "amount": 50},
    {"region": "APAC", "city": "Tokyo", "rep": "gus", "amount": 2000},
]
tree = {}
for s in sales:
    tree.setdefault(s["region"], {}).setdefault(s["city"], []).append(s)
grand = 0
for region in sorted(tree, key=lambda r: -sum(s["amount"] for c in tree[r].values() for s in c)):
    cities = tree[region]
    region_total = sum(s["amount"] for c in cities.values() for s in c)
    grand += region_total
    print(f"{region} ({region_total:,})")
    for city, rows in sorted(cities.items()):
        reps = ", ".join(f"{r['rep']}={r['amount']}" for r in sorted(rows, key=lambda r: -r["amount"]))
        print(f"  {city:<7} {sum(r['amount'] for r in rows):>6,}  [{reps}]")
print(f"TOTAL {grand:,}")
best_rep = max(sales, key=lambda s: s["amount"])
print(f"best: {best_rep['rep']} in {best_rep['city']} ({best_rep['amount'] / grand:.1%} of total)")
