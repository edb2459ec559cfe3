# Nested loops, conditions and scoping of list comprehensions.
print([x * y for x in range(1, 4) for y in range(x)])
print([c + c for c in "abc" if c != "b"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in range(3)], x)
print([n for n in range(20) if n % 3 == 0 if n % 2 == 0])
