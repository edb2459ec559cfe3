# Decide what to restock from an inventory list and a threshold table.
inventory = [
    {"sku": "A-100", "name": "bolt", "qty": 4, "category": "hardware"},
    {"sku": "A-101", "name": "nut", "qty": 120, "category": "hardware"},
    {"sku": "B-200", "name": "glue", "qty": 0, "category": "supplies"},
    {"sku": "B-201", "name": "tape", "qty": 15, "category": "supplies"},
    {"sku": "C-300", "name": "drill", "qty": 2, "category": "tools"},
]
thresholds = {"hardware": 50, "supplies": 10, "tools": 3}
order_size = {"hardware": 200, "supplies": 24}

def restock_plan(items):
    plan = []
    for item in items:
        limit = thresholds.get(item["category"], 0)
        if item["qty"] < limit:
            amount = order_size.get(item["category"], limit * 2) - item["qty"]
            plan.append((item["sku"], item["name"], amount))
    return plan

plan = restock_plan(inventory)
for sku, name, amount in plan:
    print(f"order {amount:>4} x {name:<6} [{sku}]")
print("out of stock:", [i["name"] for i in inventory if not i["qty"]])
by_cat = {}
for i in inventory:
    by_cat[i["category"]] = by_cat.get(i["category"], 0) + i["qty"]
print(by_cat)
print("total units to order:", sum(a for _, _, a in plan))
