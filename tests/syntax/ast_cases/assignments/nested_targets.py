(a, b), c = (1, 2), 3
[a, (b, c)] = 1, (2, 3)
a, [b, *c], d = items
((a)) = 1
((a, b)) = c
for (i, (j, k)) in data:
    pass
