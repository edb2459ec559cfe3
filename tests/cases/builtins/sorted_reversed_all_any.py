# sorted/reversed/all/any on many iterables, with short-circuit evidence.
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 1, 5]), seen)
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any([0, 0.0, "", None, False]))
print(sorted("banana"), sorted({3: "c", 1: "a"}), sorted({"b", "a"}), sorted(range(5, 0, -1)), sorted((x % 3 for x in range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1,))), "".join(reversed("stressed")))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "a"], key=None), sorted([], key=len))
for bad in (lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: sorted(5), lambda: all(5), lambda: sorted([1], reverse="yes")):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
records = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])], [r["n"] for r in reversed(sorted(records, key=lambda r: r["n"]))])
