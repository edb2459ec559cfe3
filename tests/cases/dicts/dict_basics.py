# Dict displays, lookups, methods, views, merging, comprehensions and **kwargs.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d)
print(d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.items())
for k, v in d.items():
    print(k, v)
del d["a"]
print(d, d.pop("b"), d, d.setdefault("x", []), d)
e = {**d, "y": 9}
print(e, d | {"q": 1}, dict(a=1, b=2), dict([("k", "v")]))
print({k: k * 2 for k in range(4)}, {1: "x"} == {1: "x"}, {1: 2} == {1: 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(1, 2, x=3), f(*[1, 2], **{"y": 5}))
counts = {}
for w in ["the", "cat", "the"]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
print(d.popitem(), {})
records = [{"name": "a", "score": 3}, {"name": "b", "score": 1}]
print(sorted(records, key=lambda r: r["score"]), sorted([3, 1, 2], reverse=True))
