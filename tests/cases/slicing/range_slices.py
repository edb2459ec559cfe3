# Slicing a range gives a range.
r = range(10)
print(r[2:8], r[::2], r[::-1], r[1::3], r[-3:], r[:-3], r[8:2:-2], r[20:], r[-20:2])
print(len(r[::3]), list(r[::3]), list(r[::-4]), r[5:5], len(r[5:5]))
s = range(3, 40, 4)
print(s[2:], s[::-1], s[1:-1:2], s[-2::-3], list(s[2:6]))
n = range(50, -10, -7)
print(n[1:4], n[::-1], n[::2], list(n[-3:]), list(n[::-2]))
print(range(0)[::-1], range(5)[::-1][::-1], range(1, 10, 2)[::-2])
print(range(10)[True:], range(10)[:-1][:-1][:-1])
print(range(-5, 5)[3:7], range(-5, 5)[-7:-3], range(-5, 5)[7:3:-1])
print(r[2:8] == range(2, 8), r[::-1] == range(9, -1, -1))
for i, step in [(0, 1), (1, 2), (2, -1), (3, -3), (4, 5)]:
    part = range(100)[i::step]
    print(i, step, part, len(part), part[0], part[-1], sum(part))
total = 0
for x in range(1000)[::7]:
    total += x
print(total, sum(range(1000)[::7]), len(range(1000)[::7]))
try:
    print(r[::0])
except ValueError as e:
    print('ValueError:', e)
try:
    print(r[1.0:])
except TypeError as e:
    print('TypeError:', e)
try:
    r[1:2] = [1]
except TypeError as e:
    print('TypeError:', e)
