# NaN floats are separate objects: two NaNs made separately are not the same object, so a set
# keeps both and a dict lookup with another NaN misses; the same NaN object is found by identity.
import math

a = float("nan")
b = float("nan")
print(a is b, a is a, a == a, a != b)
print(len({a, b}), len({a, a}), len({float("nan"), float("nan")}))
d = {a: 1}
print(d.get(b), d.get(a), d[a], a in d, b in d)
print(a in [a], b in [a], [a].count(a), [a, b].count(b))
x = math.inf - math.inf
y = x
print(x is y, x is a, math.isnan(x), (x + 1) is x)
values = [a, 1.0, b]
print([v is a for v in values], values.index(b))
print(max([a]) is a, sorted([a])[0] is a, (a,)[0] is a)
counts = {}
for v in [a, a, b]:
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.values()))
print(math.copysign(1.0, -a), math.copysign(1.0, a), str(-a))
