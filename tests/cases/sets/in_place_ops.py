# In-place operators mutate a set (same object); on a frozenset they make a new one.
s = {1, 2, 3}
alias = s
s |= {4, 5}
print(s, s is alias)
s &= {2, 3, 4, 9}
print(s, s is alias)
s -= {3}
print(s, s is alias)
s ^= {4, 10, 11}
print(s, s is alias)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, f is g, g)
f &= {1, 3}
print(f, type(f).__name__)
t = set(range(20))
t -= set(range(0, 20, 2))
print(t)
t ^= t
print(t)
u = {"x", "y"}
u |= frozenset({"z"})
print(sorted(u))
for bad in ([1], "ab", (1, 2)):
    v = {1}
    try:
        v |= bad
    except TypeError as e:
        print("TypeError:", e)
    try:
        v -= bad
    except TypeError as e:
        print("TypeError:", e)
print(v)
