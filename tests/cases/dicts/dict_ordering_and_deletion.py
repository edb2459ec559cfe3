# Insertion order survives updates; deletion and re-insertion move a key to the end.
d = {}
for key in ["c", "a", "b"]:
    d[key] = len(d)
print(d, list(d), list(d.values()))
d["a"] = 100
print(d)
del d["c"]
d["c"] = -1
print(d, next(iter(d)), list(d)[-1])
for k in list(d):
    if d[k] < 0:
        del d[k]
print(d)
try:
    for k in d:
        d["new-" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
numbers = {3: "three", 1: "one", 2: "two"}
print(sorted(numbers), dict(sorted(numbers.items())), {k: numbers[k] for k in reversed(sorted(numbers))})
print({1: "a", True: "b", 1.0: "c"}, {0: 0, False: 1, 0.0: 2, -0.0: 3})
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), 999 in big, 998 in big)
