# tuple.index/count, range.index/count and range attributes; list.index bounds as slices.
point = (3, 4, 3, 5, 3)
print(point.count(3), point.count(9), point.index(3), point.index(3, 1), point.index(3, -2), point.index(5, 0, 10**20))
header = ("id", "name", "email", "name")
row = (7, "ana", "ana@x.io", "dup")
print(dict(zip(header, row)), header.index("email"), header.count("name"))
print(row[header.index("name")], tuple.count((1, 1.0, True), 1))
r = range(10, 50, 7)
print(list(r), r.start, r.stop, r.step, r.index(24), r.count(24), r.count(25), r.count(24.0), r.index(31.0))
print(range(5).count(True), range(-5, 5, -1).count(0), range(0).start, range(8, 2, -2).index(4))
items = ["x", "y", "x", "z", "x"]
print(items.index("x", 1), items.index("x", -1), items.index("z", -10**30), items.index("x", True))
for bad in (lambda: point.index(9), lambda: r.index(12), lambda: r.index("a"), lambda: items.index("q"),
            lambda: point.index(3, "a"), lambda: items.index("x", 10**30), lambda: point.count(),
            lambda: r.index(), lambda: point.index(), lambda: items.pop(10**30)):
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
