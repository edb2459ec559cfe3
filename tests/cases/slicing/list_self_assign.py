# Assigning a list (or something reading it) to a slice of itself, and iterables of every kind.
a = [1, 2, 3]
a[:] = a
print(a)
a[1:2] = a
print(a)
a[:0] = a
print(a)
a[len(a):] = a[:2]
print(a)
b = [1, 2, 3, 4]
b[::-1] = b
print(b)
b[::2] = b[1::2]
print(b)
c = [1, 2, 3]
c[1:] = iter(c)
print(c)
d = ['a', 'b']
d[1:1] = 'xyz'
print(d)
d[:] = range(4)
print(d)
d[1:3] = (9, 8, 7)
print(d)
d[:1] = {'k': 1, 'j': 2}
print(d)
d[-1:] = [x * x for x in d if isinstance(x, int)]
print(d)
s = "héllo"
d[:] = s
print(d, d[::-1], len(d))
e = []
e[:] = e
e[5:] = [1]
print(e)
f = [1, 2]
f += f
f.extend(f[::-1])
f[len(f):] = f
print(f, len(f), [*f[:2], *f[:2]])
