# A script raising its own exception with a formatted message when validation fails.
orders = [
    {"id": 1, "qty": 2, "price": 9.5},
    {"id": 2, "qty": 0, "price": 3.0},
    {"id": 3, "qty": -1, "price": 1.25},
]
total = 0
for order in orders:
    if order["qty"] < 0:
        raise ValueError(f"order {order['id']}: negative quantity {order['qty']}")
    total += order["qty"] * order["price"]
    print(f"order {order['id']} ok, running total {total:.2f}")
