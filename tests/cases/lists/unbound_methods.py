# Methods taken from the type (list.append, dict.get, str.strip) work as plain functions.
rows = [[3, 1], [2], [5, 4, 6]]
for r in rows:
    list.sort(r)
print(rows, list(map(len, rows)), sorted(rows, key=list.copy))
buckets = [[], []]
for i in range(5):
    list.append(buckets[i % 2], i)
print(buckets, list.count([1, 1, 2], 1), list.index(["a", "b"], "b"))
records = [{"n": 1}, {}, {"n": 3}]
print([dict.get(r, "n", 0) for r in records], list(map(dict.keys, records)))
print(list(map(str.strip, [" a ", "b  "])), list(map(str.upper, "xyz")), sorted(["b", "A", "c"], key=str.lower))
print(set.union({1}, [2], (3,)), tuple.count((1, 2, 1), 1), frozenset.union(frozenset(), "ab") == {"a", "b"})
methods = [list.append, list.pop, dict.items, str.join]
print([m.__name__ for m in methods])
for bad in (lambda: list.append((), 1), lambda: dict.get([], 1), lambda: list.pop(), lambda: str.upper(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
