# Comprehension scopes: the loop variable does not leak; the first iterable is evaluated outside.
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
n = 10
print([n + i for i in range(3)], {i: n for i in range(2)})
def make():
    factor = 3
    return [factor * v for v in range(3)], (factor * v for v in range(3))
lst, gen = make()
print(lst, list(gen))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
rows = [[1, 2], [3, 4]]
print([[cell * 10 for cell in row] for row in rows], [cell for row in rows for cell in row])
def outer():
    data = [1, 2, 3]
    total = 100
    return [total + d for d in data if d != total]
print(outer())
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)
y = 5
result = [y for y in range(3)] + [y]
print(result)
class_like = {"limit": 2}
print([k for k in range(5) if k < class_like["limit"]])
