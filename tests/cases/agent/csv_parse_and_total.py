# Parse a CSV-like text by hand, convert fields, skip bad rows, and total by category.
text = """date,category,amount,note
2024-05-01,food,12.50,lunch
2024-05-01,transport,2.75,bus
2024-05-02,food,abc,broken
2024-05-02,rent,900,
2024-05-03,food,8.25,"coffee"
2024-05-03,transport,-1,refund?
"""
rows = text.strip().split("\n")
header = rows[0].split(",")
records = []
skipped = []
for lineno, row in enumerate(rows[1:], start=2):
    values = row.split(",")
    record = dict(zip(header, values))
    try:
        record["amount"] = float(record["amount"])
    except ValueError:
        skipped.append(lineno)
        continue
    if record["amount"] < 0:
        skipped.append(lineno)
        continue
    record["note"] = record["note"].strip('"') or "-"
    records.append(record)

print("header:", header)
print("skipped lines:", skipped)
totals = {}
for r in records:
    totals[r["category"]] = totals.get(r["category"], 0) + r["amount"]
for cat, total in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{cat:>10}: {total:9.2f}")
print([r["note"] for r in records])
