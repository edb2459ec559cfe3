a, b = b, a
a, b, c = c, a, b
x, y = y, x + y
key, value = item
(k, v), = d.items()
for k, v in d.items():
    total = total + v
