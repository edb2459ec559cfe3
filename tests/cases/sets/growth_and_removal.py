# Sets that grow, shrink and reuse removed slots print in CPython's order throughout.
s = set()
for i in range(0, 60, 7):
    s.add(i)
    print(len(s), s)
for i in range(0, 60, 14):
    s.discard(i)
print(s)
for i in range(100, 107):
    s.add(i)
print(s)
s.difference_update(range(100, 106))
print(s)
s -= {7, 21, 35}
print(s)
r = set(range(40))
r.difference_update(range(35))
print(r)
r.update(range(200, 260, 8))
print(r)
d = {k: k for k in range(0, 50, 5)}
print(set(d))
e = {1, 2}
e.update(d)
print(e)
f = set("abcdefgh")
g = set(f)
g.discard("a")
g.add("z")
print(sorted(f - g), sorted(g - f), len(f | g))
big = set(range(5000))
big.difference_update(range(4990))
print(big)
print(set(reversed(range(10))), set(range(9, -1, -1)) == set(range(10)))
