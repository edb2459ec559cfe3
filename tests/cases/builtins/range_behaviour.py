# range objects: lengths, indexing, slicing, membership, equality, and negative steps.
r = range(3, 20, 4)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::2]), 11 in r, 12 in r)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), list(range(10, 0, -3)))
print(len(range(-5, 5)), len(range(5, -5)), len(range(0, 100, 7)), range(10)[-3:], range(2, 30, 5).index(17))
print(sum(range(101)), max(range(-3, 3)), sorted(range(5), reverse=True), list(enumerate(range(3, 6))))
print(repr(range(5)), repr(range(1, 5, 2)), str(range(0, -3, -1)), bool(range(0)), bool(range(1)))
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range("3")):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
big = range(0, 10**12, 3)
print(len(big), big[10**6], 999999999999 in big, 10**12 - 1 in big)
