# Agent-style data processing over lists of dicts.
orders = [
    {"id": 1, "customer": "ana", "total": 30.5, "items": ["pen", "ink"]},
    {"id": 2, "customer": "bo", "total": 12.0, "items": ["pad"]},
    {"id": 3, "customer": "ana", "total": 7.25, "items": []},
    {"id": 4, "customer": "cy", "total": 99.99, "items": ["lamp", "bulb", "cord"]},
]
by_customer = {}
for order in orders:
    by_customer.setdefault(order["customer"], []).append(order["id"])
print(by_customer)
totals = {}
for order in orders:
    totals[order["customer"]] = totals.get(order["customer"], 0) + order["total"]
print(totals)
biggest = max(orders, key=lambda o: o["total"])
print(biggest["id"], biggest["customer"])
ranked = sorted(orders, key=lambda o: (-len(o["items"]), o["id"]))
print([o["id"] for o in ranked])
summary = {c: {"count": len(ids), "ids": ids} for c, ids in by_customer.items()}
print(summary)
print(sum([o["total"] for o in orders]), round(sum([o["total"] for o in orders]) / len(orders), 2) if False else len(orders))
