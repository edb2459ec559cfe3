type = 1
type.attr
type(x)
type[int]
print(type)
type X = int
def f(type): return type
