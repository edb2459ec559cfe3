# frozenset hashes match CPython's, so frozensets work as dict keys and set items.
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset("abc")))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({None, True, 2.5})))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset({1})) == hash(frozenset({1.0})))
groups = {}
for word in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
for key, members in groups.items():
    print(sorted(key), members)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3}), frozenset()}
print(len(nested), frozenset({1, 2}) in nested, {1, 2} in nested, {4} in nested)
print(nested)
deep = frozenset({frozenset({frozenset({1})}), frozenset()})
print(deep, hash(deep))
seen = set()
for pair in [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2)]:
    seen.add(frozenset(pair))
print(seen, len(seen))
f = frozenset(range(100))
print(hash(f), hash(f) == hash(frozenset(reversed(range(100)))))
print(frozenset({1, 2}) | frozenset({3}), hash(frozenset({1, 2}) | frozenset({3})) == hash(frozenset({1, 2, 3})))
print(frozenset(frozenset([5, 6])), frozenset(set([7])))
