# Views are live: they reflect later changes to the dict; iteration over a changing dict fails.
prices = {"tea": 3.0, "coffee": 4.5}
keys, values, items = prices.keys(), prices.values(), prices.items()
prices["juice"] = 5.25
del prices["tea"]
print(keys, values, items, len(keys))
print(list(keys), sorted(values), ("juice", 5.25) in items, "tea" in keys)
prices.clear()
print(keys, list(items), bool(values))
stock = {"a": 1, "b": 2, "c": 3}
try:
    for k in stock.keys():
        if k == "a":
            stock["d"] = 4
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for v in stock.values():
        stock.pop("b", None)
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(stock):
    stock[k + k] = stock.pop(k)
print(stock)
for k in stock:
    stock[k] *= 10
print(stock, list(zip(stock.keys(), stock.values())) == list(stock.items()))
