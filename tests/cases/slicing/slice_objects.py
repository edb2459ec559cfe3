# slice objects: construction, repr, attributes, comparison, hashing and use as keys.
s = slice(1, 5, 2)
print(s, repr(slice(3)), slice(None), slice(1, None), slice(None, None, -1))
print(s.start, s.stop, s.step, slice(7).start, slice(7).stop, slice(7).step)
print(slice('a', [1, 2], (3,)), slice(1.5, 2.5), slice(None, 'x').stop)
print(type(s), isinstance(s, slice), str(s) == repr(s))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) == slice(1, 3))
print(slice(1, 2) != slice(2, 1), slice(1, 2) == (1, 2, None), slice(1, 2) == slice(1.0, 2.0))
print(slice(1, 2) < slice(1, 3), slice(0, 9) < slice(1, 0), slice(1, 2, 3) <= slice(1, 2, 3))
print(slice(2) > slice(1), slice(1, 2, 3) >= slice(1, 2, 4))
print(sorted([slice(3, 1), slice(1, 5), slice(1, 2)]))
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)))
table = {slice(1, 2): 'a', slice(None, 3): 'b'}
table[slice(1, 2)] = 'c'
print(len(table), table[slice(1, 2)], table[slice(None, 3, None)])
try:
    print(table[1:9])
except KeyError as e:
    print('KeyError:', e)
try:
    hash(slice([1], 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print(slice(1, 2) < slice('a', 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print(slice(1, 2) < 5)
except TypeError as e:
    print('TypeError:', e)
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    slice(1, step=2)
except TypeError as e:
    print('TypeError:', e)
data = list(range(20))
cut = slice(2, 15, 3)
print(data[cut], data[slice(None, None, -5)], "abcdefgh"[slice(-3, None)])
print([1, 2, 3][slice(1)], (4, 5, 6)[slice(-1, None, -1)], range(9)[slice(1, 8, 3)])
print(bool(slice(None)), slice(0) is not slice(0))
