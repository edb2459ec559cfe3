# Slice assignment with step 1: the list grows or shrinks to fit what is assigned.
a = list(range(6))
a[1:3] = ['x', 'y', 'z', 'w']
print(a, len(a))
a[1:5] = []
print(a)
a[2:2] = [100, 200]
print(a)
a[:0] = ['front']
print(a)
a[len(a):] = ['back']
print(a)
a[4:1] = ['inserted at 4']
print(a)
a[-2:] = 'ab'
print(a)
a[-100:2] = (7,)
print(a)
a[100:200] = [9]
print(a)
a[:] = []
print(a, len(a))
a[:] = range(3)
print(a)
a[1:2] = [[1, 2]]
print(a)
b = [1, 2, 3, 4, 5, 6, 7, 8]
b[2:6] = b[3:5]
print(b)
b[::1] = 'xyz'
print(b)
b[-1:-3] = [0]
print(b)
c = [0] * 5
c[1:4] = [1] * 1000
print(len(c), c[:3], c[-3:], sum(c))
c[1:1001] = []
print(c)
try:
    c[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    c[1:2] = None
except TypeError as e:
    print('TypeError:', e)
print(c)
d = [1, 2, 3]
d[0:3] = [4, 5, 6]
print(d)
d[1:2] += [7, 8]
print(d)
d[:2] *= 2
print(d)
