# Group orders by customer and print an aligned revenue report.
orders = [
    {"id": 101, "customer": "acme", "amount": 250.0, "status": "paid"},
    {"id": 102, "customer": "globex", "amount": 99.5, "status": "pending"},
    {"id": 103, "customer": "acme", "amount": 12.25, "status": "paid"},
    {"id": 104, "customer": "initech", "amount": 1200.0, "status": "refunded"},
    {"id": 105, "customer": "globex", "amount": 40.0, "status": "paid"},
    {"id": 106, "customer": "acme", "amount": 75.75, "status": "pending"},
]

groups = {}
for order in orders:
    groups.setdefault(order["customer"], []).append(order)

print(f"{'customer':<10}{'orders':>8}{'paid':>12}{'pending':>12}")
print("-" * 42)
grand = 0.0
for customer in sorted(groups):
    rows = groups[customer]
    paid = sum(o["amount"] for o in rows if o["status"] == "paid")
    pending = sum(o["amount"] for o in rows if o["status"] == "pending")
    grand += paid
    print(f"{customer:<10}{len(rows):>8}{paid:>12.2f}{pending:>12.2f}")
print("-" * 42)
print(f"{'total paid':<18}{grand:>12,.2f}")
print("customers with refunds:", [c for c, rows in groups.items() if any(o["status"] == "refunded" for o in rows)])
