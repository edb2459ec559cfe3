# hash() of hashable builtins, equality implying equal hashes, and identity with `is`.
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0) == hash(0.0), hash(float("inf")), hash(1e100) == hash(int(1e100)))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash("same") == hash("same"), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
for bad in ([], {}, set(), ([],), {"a": [1]}.values()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), None is None, type(None)() is None)
x = 300
y = 300
print(x == y, (x, y) == (300, 300), "abc" == "".join(["a", "b", "c"]))
lookup = {(1, "a"): "tuple key", frozenset({"x"}): "frozenset key", 2**70: "big key"}
print(lookup[(1, "a")], lookup[frozenset(["x"])], lookup[2**70], (1, "a") in lookup)
