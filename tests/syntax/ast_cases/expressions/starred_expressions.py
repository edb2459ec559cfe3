first, *rest = items
*init, last = items
a, *b, c = range(10)
[x, *y] = z
print(*values)
t = (*a, 1, *b)
for x, *y in pairs:
    pass
