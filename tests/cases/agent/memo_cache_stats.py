# A memoizing wrapper around a slow lookup, with hit/miss statistics kept in a closure.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result
    return wrapper, stats, cache

calls = []
def price_lookup(sku, region):
    calls.append((sku, region))
    base = {"A": 10, "B": 25, "C": 4}[sku]
    return base * {"eu": 1.2, "us": 1.0}.get(region, 1.5)

lookup, stats, cache = memoize(price_lookup)
cart = [("A", "eu"), ("B", "us"), ("A", "eu"), ("C", "apac"), ("B", "us"), ("A", "us")]
total = 0
for sku, region in cart:
    p = lookup(sku, region)
    total += p
    print(f"{sku}/{region}: {p}")
print("total", round(total, 2), stats, len(calls))
print(sorted(cache))
