# Function objects: names, qualified names, defaults, identity, and functions in containers.
def outer():
    def inner(a, b=2):
        return a + b
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__defaults__, f(1))
def plain(x, y=[1], *, z=3):
    return x
print(plain.__name__, plain.__qualname__, plain.__defaults__)
g = lambda: None
print(g.__name__, g.__qualname__)
print(outer.__name__ == "outer", outer() is outer(), outer() == outer(), plain is plain)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), [registry[k]() for k in sorted(registry)])
print(repr(len), str(print)[:25], type(alpha).__name__)
funcs = [alpha, beta, len]
print([fn.__name__ for fn in funcs])
def nested_names():
    def level1():
        def level2():
            return level2.__qualname__
        return level2()
    return level1()
print(nested_names())
