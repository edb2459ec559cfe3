# del with slices: contiguous, extended, negative steps and empty selections.
def show(start, stop, step):
    a = list(range(10))
    del a[start:stop:step]
    print(start, stop, step, a)

show(2, 5, None)
show(None, None, 2)
show(1, None, 2)
show(None, None, -1)
show(None, None, -3)
show(8, 1, -2)
show(-3, None, None)
show(None, -3, None)
show(5, 2, None)
show(5, 2, 2)
show(-100, 100, 4)
show(9, -100, -4)
show(None, None, 10**20)
a = list(range(20))
while a:
    del a[::3]
    print(a)
b = ['x'] * 5
del b[:]
print(b)
del b[:]
print(b)
c = list('abcdef')
del c[1:-1]
print(c)
try:
    del c[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    del c['a':]
except TypeError as e:
    print('TypeError:', e)
try:
    del (1, 2)[1:]
except TypeError as e:
    print('TypeError:', e)
try:
    del 'abc'[1:]
except TypeError as e:
    print('TypeError:', e)
print(c)
