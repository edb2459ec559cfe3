# Equal numbers are one set item: the first one added stays.
s = {1, 1.0, True}
print(s, len(s))
t = {True, 1, 1.0}
print(t, len(t))
u = set()
u.add(2.0)
u.add(2)
print(u)
print({0, 0.0, False, -0.0}, {-0.0, 0})
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-0.5), hash(1e100), hash(-1))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**30), hash(float("inf")), hash(-float("inf")))
floats = {0.1, 0.2, 0.30000000000000004, 0.1 + 0.2, 1e-300, 2.5e10}
print(floats)
print({x / 4 for x in range(8)})
print({10**20, 10**20 + 1, 2**64, -2**64, 2**100})
print({n % 7 for n in (10**18, 10**19, 10**20)})
print(1 in {1.0}, 1.0 in {True}, 2 in {2.000001}, (1, 2) in {(1.0, 2.0)})
print({None, 0, False})
mixed = set()
for v in [3, 3.0, "3", (3,), 4, 4.0]:
    mixed.add(v)
print(mixed)
big = set(range(1000))
print(len(big), 999 in big, 1000 in big, 500.0 in big)
big.difference_update(range(0, 1000, 2))
print(len(big), min(big), max(big), 501 in big)
