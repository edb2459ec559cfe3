# add, remove, discard, pop, clear and copy.
s = set()
for x in [5, 3, 5, 8, 13, 3, 21]:
    s.add(x)
print(s, len(s))
print(s.add(34), s)
s.remove(13)
print(s)
print(s.discard(100), s.discard(5), s)
c = s.copy()
c.add(99)
print(s, c, c is s, c == s)
popped = []
while s:
    popped.append(s.pop())
print(popped, s)
c.clear()
print(c, len(c))
f = frozenset([3, 1, 2])
print(f.copy() is f, f.copy())
g = {"b", "a"}
h = g.copy()
g.add("c")
print(sorted(g), sorted(h))
t = {1, 2, 3}
t.add(1.0)
t.add(True)
print(t)
t.remove(1.0)
print(t)
u = {0.5, 1.5}
u.discard(0.5)
print(u)
print(set.add, frozenset.union)
set.add(u, 2.5)
print(sorted(u))
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset().add(1)
except AttributeError as e:
    print("AttributeError:", e)
