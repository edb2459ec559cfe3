# Generator expressions are lazy, single-use, and see their first iterable at creation.
events = []
def source(n):
    for i in range(n):
        events.append(f"produce {i}")
        yield i
g = (x * 10 for x in source(3))
print(events)
print(next(g), events)
print(list(g), list(g), events)
nums = [1, 2, 3]
lazy = (n * 2 for n in nums)
nums.append(4)
print(list(lazy))
nums = [1, 2, 3]
lazy = (n * 2 for n in nums)
nums = [100]
print(list(lazy))
print(sum(x for x in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]), sorted(c for c in "cab"))
print(", ".join(str(i) for i in range(5)), tuple(i % 3 for i in range(7)), set(w[0] for w in ["ab", "ac", "bd"]))
first_big = next((v for v in [3, 7, 12, 20] if v > 10), None)
print(first_big, next((v for v in [] if v), "none"))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type(x for x in []).__name__, all(x > 0 for x in []), any(x > 0 for x in []))
