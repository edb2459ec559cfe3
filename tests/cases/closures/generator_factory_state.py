# Factories returning several closures over shared state: an ID allocator and an LRU-ish cache.
def id_allocator(prefix, start=1):
    next_id = start
    released = []
    def allocate():
        nonlocal next_id
        if released:
            return released.pop()
        value = f"{prefix}-{next_id:03d}"
        next_id += 1
        return value
    def release(value):
        released.append(value)
    def stats():
        return {"next": next_id, "free": sorted(released)}
    return allocate, release, stats
alloc, free, stats = id_allocator("job")
a, b, c = alloc(), alloc(), alloc()
free(b)
print(a, b, c, alloc(), alloc(), stats())
def lru(capacity):
    order = []
    store = {}
    def get(key, compute):
        if key in store:
            order.remove(key)
            order.append(key)
            return store[key], "hit"
        if len(order) >= capacity:
            evicted = order.pop(0)
            del store[evicted]
        store[key] = compute(key)
        order.append(key)
        return store[key], "miss"
    return get, lambda: list(order)
get, keys = lru(2)
for k in ["a", "b", "a", "c", "b", "a"]:
    print(k, get(k, str.upper), keys())
