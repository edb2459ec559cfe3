# Building dicts from pairs, zips, enumerations and comprehensions; later keys win.
keys = ["id", "name", "id", "role"]
vals = [1, "ana", 2, "admin"]
print(dict(zip(keys, vals)), dict(enumerate("abc")), dict(enumerate("ab", start=10)))
rows = [["k1", "v1"], ("k2", "v2"), "ab"]
print(dict(rows))
pairs = [("a", 1), ("b", 2)]
inverse = dict((v, k) for k, v in pairs)
print(inverse, dict(map(reversed, pairs)), dict(zip(*zip(*pairs))))
table = [["name", "age"], ["ana", 31], ["bo", 25]]
header, *body = table
records = [dict(zip(header, row)) for row in body]
print(records, {r["name"]: r["age"] for r in records})
try:
    dict(["abc"])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([("a", 1), 5])
except TypeError as e:
    print("TypeError:", e)
print(dict([]), dict(()), dict(zip([], [])), len(dict.fromkeys(range(5))))
