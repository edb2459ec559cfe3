# Unpacking without a star: exact counts, CPython 3.12's messages for too few, too many, non-iterables.
for v in [[1,2,3], (1,), "ab", "abc", iter([1]), iter([1,2,3]), range(2), {1: 2, 3: 4}, 5, None]:
    try:
        a, b = v
        print(a, b)
    except (ValueError, TypeError) as e:
        print(type(e), e)
for x, y in [(1, 2), "ab", [3, 4]]:
    print(x, y)
def pair(v):
    first, second = v
    return first, second
for v in [[1, 2, 3, 4], 'xyz', range(10)]:
    try:
        print(pair(v))
    except ValueError as e:
        print('ValueError:', e)
(a, b), c = 'xy', 'z'
print(a, b, c)
