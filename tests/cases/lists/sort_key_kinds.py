# Sorting keys of one kind (ints, floats, strs, tuples) and of mixed kinds: results, stability,
# NaNs, and the TypeError of keys that cannot be ordered.
import math

ints = [5, -3, 2**40, 0, -2**40, 7, 7, 1]
print(sorted(ints), sorted(ints, reverse=True))
floats = [2.5, -0.0, 0.0, -1.5, 1e300, -1e-300, 3.0]
print(sorted(floats), [math.copysign(1, x) for x in sorted(floats) if x == 0])
with_nan = [3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]
print(sorted(with_nan))
strs = ["pear", "Apple", "apple", "", "äpfel", "zebra", "日本", "a", "ab", "é"]
print(sorted(strs), sorted(strs, key=len))
print(sorted(strs, key=str.lower, reverse=True))

# Tuples: the first unequal items decide, then the lengths; int/float items compare across types.
tuples = [(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (1.0, "a"), (-1, "q"), (1, "a", -1)]
print(sorted(tuples))
print(sorted([(2, 1.5), (2, 1), (2.0, 0.5), (1, 9)]))
print(sorted([(0, float("nan")), (0, 1.0), (0, float("nan")), (0, -1.0)]))
pairs = [(v % 7, v) for v in range(30, 0, -3)]
print(sorted(pairs), sorted(pairs, reverse=True))
records = [{"score": s % 5, "name": "n" + str(s % 3), "id": s} for s in range(12)]
by = sorted(records, key=lambda r: (r["score"], r["name"], r["id"]))
print([r["id"] for r in by])
print([r["id"] for r in sorted(records, key=lambda r: (r["score"], r["name"]))])  # stable on ties

# Nested tuples and tuples holding other objects go through the general comparison.
print(sorted([((1, 2), [3]), ((1, 1), [4]), ((1, 2), [2])]))
print(sorted([(None, 1), (None, 0)], key=lambda t: t[1]))

# Mixed kinds: ints with floats and bools sort together; strs with ints fail.
print(sorted([3, 1.5, True, 0, -2.5, False]))
for bad in ([1, "a"], ["a", 1], [(1, "a"), (1, 2)], [(1, 2), ("x", 2)], [3.0, "x"], [(1,), 1]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
data = [(1, "x"), (1, None), (0, "y")]
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e, data)
big = [(i * 7919 % 1000, str(i)) for i in range(2000)]
s = sorted(big)
print(s[:3], s[-3:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
words = ["w" + str(i * 31 % 997) for i in range(3000)]
sw = sorted(words)
print(sw[:4], sw[-2:], all(sw[i] <= sw[i + 1] for i in range(len(sw) - 1)))
