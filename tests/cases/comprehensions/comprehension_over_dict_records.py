# Comprehensions as queries over records: projections, joins, group-bys and conditional fields.
orders = [{"id": 1, "cust": 10, "total": 50.0}, {"id": 2, "cust": 11, "total": 20.0},
          {"id": 3, "cust": 10, "total": 75.5}, {"id": 4, "cust": 12, "total": 5.0}]
customers = [{"id": 10, "name": "ana"}, {"id": 11, "name": "bo"}, {"id": 13, "name": "zed"}]
names = {c["id"]: c["name"] for c in customers}
print([(o["id"], names.get(o["cust"], "?")) for o in orders])
joined = [{**o, "name": c["name"]} for o in orders for c in customers if c["id"] == o["cust"]]
print(joined)
totals = {names.get(cid, f"#{cid}"): sum(o["total"] for o in orders if o["cust"] == cid) for cid in sorted({o["cust"] for o in orders})}
print(totals)
print([c["name"] for c in customers if not any(o["cust"] == c["id"] for o in orders)])
print([{"id": o["id"], "size": "big" if o["total"] > 40 else "small"} for o in orders])
print(sorted({o["cust"] for o in orders} - set(names)), max(orders, key=lambda o: o["total"])["id"])
print({k: [o["id"] for o in orders if (o["total"] > 25) == k] for k in (True, False)})
