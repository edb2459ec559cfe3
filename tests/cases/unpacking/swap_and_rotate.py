# Tuple packing/unpacking for swaps, rotations, parallel assignment and returning several values.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
x, y, z = y, z, x
print(x, y, z)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
    fib.append(q)
print(fib)
items = [1, 2, 3, 4, 5]
first, *middle, last = items
items = [*items[1:], items[0]]
print(first, middle, last, items)
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([5, 3, 9])
print(lo, hi, min_max("hello"))
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
(a, b), c = [1, 2], 3
print(a, b, c)
for idx, (name, score) in enumerate([("ana", 1), ("bo", 2)]):
    print(idx, name, score)
key, value = next(iter({"only": 42}.items()))
print(key, value)
