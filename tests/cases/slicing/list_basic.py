# Plain list slices: positive and negative bounds, omitted parts, steps.
a = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
print(a[2:5], a[:3], a[7:], a[:], a[0:0])
print(a[-3:], a[:-3], a[-5:-2], a[-2:-5], a[3:-3])
print(a[::2], a[1::2], a[::3], a[2:9:3], a[::9], a[::10], a[::11])
print(a[::-1], a[::-2], a[8:2:-2], a[-1:-4:-1], a[2:8:-1])
print(a[5:5], a[5:4], a[10:], a[9:], a[-10:], a[-11:])
empty = []
print(empty[:], empty[1:], empty[::-1], empty[-5:5:2])
b = a[:]
b.append(99)
print(len(a), len(b), b is a, b == a + [99])
# A slice copies: the copy does not follow later changes.
c = a[2:4]
a[2] = 'changed'
print(c, a[2:4])
nested = [[1, 2], [3, 4], [5, 6]]
part = nested[1:]
part[0].append('shared')
print(nested, part)
total = 0
for x in a[1:]:
    if isinstance(x, int):
        total += x
print(total)
words = ['alpha', 'beta', 'gamma', 'delta']
print([w[:2] for w in words[1:]], words[-1][::-1])
print(a[True:], a[False:True], a[:True])
