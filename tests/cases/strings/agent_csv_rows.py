# Agent-style cleaning of CSV-ish rows: ragged spacing, quotes, blanks, case and number formats.
raw = """ id , Name ,  City , Amount
1, alice SMITH , "new york", 1,200.50
2,Bob,  Paris ,300
3 ,  "Zoë Ünal" ,Berlin,  45.5

4,dave,,  7
 # comment row
5, eve , São Paulo , -12
"""
header = []
rows = []
for line in raw.splitlines():
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    cells = [c.strip().strip('"').strip() for c in line.split(",")]
    if not header:
        header = [c.lower() for c in cells]
        continue
    if len(cells) > len(header):
        amount = "".join([cells[i] for i in range(len(header) - 1, len(cells))])
        cells = [cells[i] for i in range(len(header) - 1)] + [amount]
    record = {}
    for i in range(len(header)):
        record[header[i]] = cells[i]
    rows.append(record)
print(header)
for r in rows:
    name = " ".join([part.capitalize() for part in r["name"].split()])
    city = r["city"].title() if r["city"] else "(unknown)"
    amount = float(r["amount"].replace(",", ""))
    print(r["id"].zfill(3), name.ljust(12), city.center(12, "."), str(amount).rjust(8))
total = 0.0
for r in rows:
    total += float(r["amount"].replace(",", ""))
print("total", total)
print("|".join([r["city"].upper() for r in rows]))
print([r["name"].swapcase() for r in rows if r["name"].islower()])
