# Keys and items views behave as sets: | & - ^ with any iterable, comparisons, isdisjoint.
stock = {"apple": 3, "pear": 0, "plum": 7, "fig": 2}
wanted = {"pear": 1, "kiwi": 4, "fig": 2}
print(stock.keys() & wanted.keys())
print(stock.keys() - wanted.keys(), wanted.keys() - stock.keys())
print(sorted(stock.keys() | wanted.keys()))
print(sorted(stock.keys() ^ wanted.keys()))
print(stock.items() & wanted.items(), sorted(stock.items() ^ wanted.items()))
print(stock.keys() - ["apple", "nope"], ["plum", "x"] & stock.keys())
print({"fig", "date"} - stock.keys(), {"fig", "date"} | stock.keys() == set(stock) | {"date"})
print(type(stock.keys() - {}).__name__, stock.keys() - stock.keys())
print(stock.keys() == {"apple", "pear", "plum", "fig"}, stock.keys() == ["apple", "pear", "plum", "fig"])
print(stock.keys() >= {"fig"}, stock.keys() < {"fig"}, {"fig"} < stock.keys(), stock.keys() <= stock.keys())
print(stock.items() >= {("fig", 2)}, ("fig", 2) in stock.items(), ("fig", 3) in stock.items(), ["fig", 2] in stock.items())
print(stock.keys() != wanted.keys(), stock.values() == stock.values())
print(stock.keys().isdisjoint(["kiwi"]), stock.keys().isdisjoint(wanted), stock.items().isdisjoint({("kiwi", 4)}))
print(list(reversed(stock.keys())), list(reversed(stock.values())), list(reversed(stock.items()))[0])
seen = set()
seen |= stock.keys()
seen -= wanted.keys()
print(sorted(seen))
for bad in (lambda: stock.keys() - 5, lambda: stock.values() - {1}, lambda: stock.keys().isdisjoint()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
