# Tuple slices are tuples; the full slice of a tuple is the tuple itself.
t = (1, 'two', 3.0, None, [5], (6, 7))
print(t[1:3], t[::-1], t[::2], t[-2:], t[:1], t[4:2], t[10:])
print(t[:] is t, t[0:] is t, t[::1] is t, t[::-1] is t, t[0:6] is t)
print(type(t[1:2]), type(t[5:5]), t[5:5] == ())
one = t[1:2]
print(one, len(one), one[0])
nested = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
print([row[1:] for row in nested])
print([row[::-1] for row in nested[::-1]])
print(nested[1][::-2], nested[-1:][0][1:])
r = tuple(range(20))
print(r[3:17:4], r[17:3:-4], sum(r[::2]), sum(r[1::2]))
print(t[-100:100] == t, t[3:4] == (None,))
try:
    t[1:2] = (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    print(t[::0])
except ValueError as e:
    print('ValueError:', e)
try:
    print(t['a':])
except TypeError as e:
    print('TypeError:', e)
try:
    print(t[1.5])
except TypeError as e:
    print('TypeError:', e)
x = (1, 2, 3)[:]
y = (1, 2, 3)[1:]
print(x, y, x[1:] == y)
