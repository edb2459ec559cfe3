# slice.indices(length): exact integers, even far beyond 64 bits.
for s in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(1, 2, 3)]:
    print(s, [s.indices(n) for n in [0, 1, 5, 10]])
print(slice(None, None, 10**30).indices(5))
print(slice(10**30).indices(5), slice(-10**30, None).indices(7))
print(slice(-10**30, 10**30).indices(10**40))
print(slice(10**25, 5, -1).indices(10**20))
print(slice(True, False, True).indices(3), slice(None, None, -1).indices(True))
print(slice(5, 1, -2).indices(10), range(10)[5:1:-2], list(range(10))[5:1:-2])
for length in [0, 3, 7]:
    for s in [slice(-2, None, -1), slice(None, -2, 2), slice(4, None, -3)]:
        start, stop, step = s.indices(length)
        print(length, s, (start, stop, step), list(range(start, stop, step)) == list(range(length))[s])
tests = [slice(1.0).indices, slice(None, 'x').indices, slice(None, None, 0).indices, slice(None, None, 2.0).indices]
for method in tests:
    try:
        print(method(4))
    except (TypeError, ValueError) as e:
        print(type(e), e)
for bad in [-1, 1.5, 'x', None]:
    try:
        print(slice(1).indices(bad))
    except (TypeError, ValueError) as e:
        print(type(e), e)
try:
    slice(1).indices()
except TypeError as e:
    print('TypeError:', e)
try:
    slice(1).indices(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    slice(None, None, 0).indices(-1)
except ValueError as e:
    print('ValueError:', e)
