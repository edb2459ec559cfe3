gen = (x for x in range(3))
sum(x for x in range(3))
total = sum((x for x in range(3)), start=10)
nested = ((x, y) for x in range(3) for y in (z for z in range(x)))
