# Extended slice assignment: the lengths must match exactly.
a = list(range(10))
a[::2] = 'abcde'
print(a)
a[1::2] = [x * 10 for x in range(5)]
print(a)
a[::-1] = list(range(10))
print(a)
a[8:1:-3] = ['p', 'q', 'r']
print(a)
a[::3] = (None, None, None, None)
print(a)
for value in [[1, 2, 3], [], 'ab', range(6)]:
    try:
        a[::2] = value
        print('assigned', a)
    except ValueError as e:
        print('ValueError:', e)
try:
    a[::-1] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a[::2] = 7
except TypeError as e:
    print('TypeError:', e)
# An empty extended slice takes an empty sequence.
a[5:2:2] = []
a[20::3] = ()
print(a)
try:
    a[5:2:2] = [1]
except ValueError as e:
    print('ValueError:', e)
b = list(range(5))
b[::-1] = b
print(b)
b[::2] = b[:3]
print(b)
c = list(range(7))
c[-1::-3] = iter(['x', 'y', 'z'])
print(c)
