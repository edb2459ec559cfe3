# min/max/sum with keys, defaults, multiple arguments, and their errors.
items = [{"name": "pen", "price": 1.5}, {"name": "book", "price": 12.0}, {"name": "cup", "price": 4.25}]
print(max(items, key=lambda i: i["price"])["name"], min(items, key=lambda i: i["price"])["name"])
print(max("apple", "fig", "banana", key=len), min("apple", "fig", "kiwi", key=len), max([3, 1, 3], key=lambda v: v))
print(max([], default=None), min((), default="empty"), max([5], default=0), max([1, 2], key=None))
print(sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum(x["price"] for x in items), sum(range(5), start=100))
print(max([(1, "b"), (1, "a"), (0, "z")]), min(["b", "B", "a"]), max(True, 0, -1), min(2**70, 3.0))
tests = [
    lambda: max([]),
    lambda: min(),
    lambda: max(1),
    lambda: max(1, 2, default=0),
    lambda: sum(["a", "b"], ""),
    lambda: sum([1, "a"]),
    lambda: max([1, "a"]),
    lambda: min([1, 2], key=5),
    lambda: max([1], bad=1),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
stable = [("a", 2), ("b", 1), ("c", 2)]
print(max(stable, key=lambda p: p[1]), min(stable, key=lambda p: -p[1]))
