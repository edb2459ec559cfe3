# Building, indexing, assigning, concatenating and comparing lists.
a = [1, 2, 3]
b = a + [4, 5]
print(a, b, len(b), b[0], b[-1])
b[1] = 20
print(b, a * 2, [0] * 3)
print(a == [1, 2, 3], a < [1, 2, 4], [1, 2] < [1, 2, 0], 3 in a, 9 in a)
a += [7]
print(a)
del a[0]
print(a)
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0])
