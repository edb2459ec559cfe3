# An agent-style report: a table of products with aligned columns and totals.
products = [
    {"sku": "A-100", "name": "Bolt M6", "qty": 1200, "price": 0.045},
    {"sku": "A-205", "name": "Hex nut", "qty": 980, "price": 0.03},
    {"sku": "B-017", "name": "Washer (steel, zinc)", "qty": 15000, "price": 0.0125},
    {"sku": "C-900", "name": "Angle bracket", "qty": 42, "price": 3.75},
    {"sku": "D-001", "name": "Épingle", "qty": 7, "price": 129.99},
]
header = f"{'SKU':<6} {'Name':<16} {'Qty':>7} {'Unit':>8} {'Total':>11}"
print(header)
print("-" * len(header))
grand = 0.0
for p in products:
    total = p["qty"] * p["price"]
    grand += total
    print(f"{p['sku']:<6} {p['name']:<16.16} {p['qty']:>7,} {p['price']:>8.3f} {total:>11,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<6} {'':<16} {sum(p['qty'] for p in products):>7,} {'':>8} {grand:>11,.2f}")
print(f"{'average unit price':>31}: {sum(p['price'] for p in products) / len(products):.4f}")

# The same table with str.format and with %.
for p in products[:2]:
    print("{0:<6}|{1:^12}|{2:>6}".format(p["sku"], p["name"], p["qty"]))
    print("%-6s|%12s|%6d|%8.2f" % (p["sku"], p["name"], p["qty"], p["price"]))
