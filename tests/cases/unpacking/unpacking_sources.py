# Starred unpacking from every kind of iterable.
sources = [
    [1, 2, 3, 4],
    (5, 6, 7),
    'abcd',
    'héllo',
    range(3, 9, 2),
    {'x': 1, 'y': 2, 'z': 3},
    iter([8, 9, 10]),
    [[1, 2], [3, 4], [5, 6]],
    range(10)[::-3],
    [1, 2, 3, 4, 5][1:-1],
    'αβγδ'[::-1],
]
for source in sources:
    first, *middle, last = source
    print(first, middle, last)
for source in [[1], 'a', range(1), (None,)]:
    *before, only = source
    print(before, only)
    only, *after = source
    print(only, after)
big = list(range(10000))
a, b, *c, d, e = big
print(a, b, len(c), c[:3], c[-3:], d, e)
*c, = big
print(len(c), c == big, c is big)
x, *y = big[::-1]
print(x, len(y), y[-1])
