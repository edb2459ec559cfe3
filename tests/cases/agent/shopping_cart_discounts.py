# A shopping cart with coupon rules applied in order, each returning a discount and a reason.
cart = [
    {"sku": "TEE", "price": 19.99, "qty": 3, "category": "apparel"},
    {"sku": "MUG", "price": 8.5, "qty": 2, "category": "home"},
    {"sku": "CAP", "price": 14.0, "qty": 1, "category": "apparel"},
]

def subtotal(items):
    return sum(i["price"] * i["qty"] for i in items)

def percent_off_category(category, pct):
    def rule(items):
        base = sum(i["price"] * i["qty"] for i in items if i["category"] == category)
        return round(base * pct / 100, 2), f"{pct}% off {category}"
    return rule

def buy_n_get_one(sku, n):
    def rule(items):
        for i in items:
            if i["sku"] == sku and i["qty"] > n:
                free = i["qty"] // (n + 1)
                return round(free * i["price"], 2), f"buy {n} {sku} get 1 free (x{free})"
        return 0.0, None
    return rule

def threshold(minimum, amount):
    return lambda items: (amount, f"${amount} off orders over ${minimum}") if subtotal(items) > minimum else (0.0, None)

rules = [percent_off_category("apparel", 10), buy_n_get_one("TEE", 2), threshold(50, 5.0), buy_n_get_one("MUG", 5)]
total_discount = 0.0
print(f"subtotal: {subtotal(cart):.2f}")
for rule in rules:
    amount, reason = rule(cart)
    if reason:
        total_discount += amount
        print(f"  -{amount:6.2f}  {reason}")
print(f"total:    {subtotal(cart) - total_discount:.2f} (saved {total_discount:.2f}, {total_discount / subtotal(cart):.1%})")
