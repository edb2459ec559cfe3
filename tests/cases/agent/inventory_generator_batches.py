# Generator pipeline over inventory movements: parse, validate, batch, and apply with a ledger.
movements = [
    "IN  widget 50", "OUT widget 20", "IN  gadget 10", "OUT gadget 15", "OUT widget 5",
    "ADJ widget -3", "IN  gizmo x", "OUT gizmo 1", "IN  gadget 40",
]

def parse(lines):
    for n, line in enumerate(lines, 1):
        kind, item, qty = line.split()
        try:
            yield n, kind, item, int(qty)
        except ValueError:
            print(f"line {n}: bad quantity {qty!r}, skipped")

def batched(records, size):
    batch = []
    for r in records:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

stock, ledger = {}, []
for batch_no, batch in enumerate(batched(parse(movements), 3), 1):
    for n, kind, item, qty in batch:
        delta = {"IN": qty, "OUT": -qty, "ADJ": qty}[kind]
        if stock.get(item, 0) + delta < 0:
            ledger.append((n, item, "rejected", stock.get(item, 0)))
            continue
        stock[item] = stock.get(item, 0) + delta
        ledger.append((n, item, kind, stock[item]))
    print(f"after batch {batch_no}: {stock}")
for entry in ledger:
    print("  line %d %-7s %-8s -> %d" % entry)
