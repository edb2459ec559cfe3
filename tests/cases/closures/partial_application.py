# Partial application and argument binding with closures (functools-free), including kwargs.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        merged = {**bound_kw, **kwargs}
        return fn(*bound, *args, **merged)
    return call

def request(method, url, *, timeout=30, headers=None):
    return f"{method} {url} t={timeout} h={headers or {}}"

get = partial(request, "GET")
slow_get = partial(get, timeout=120)
print(get("/a"), slow_get("/b"), slow_get("/c", timeout=5), partial(request, "PUT", "/d", headers={"x": 1})())
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
cube_of_two = partial(power, 2)
print([square(base=n) for n in range(5)], cube_of_two(3), cube_of_two(exp=10))
def flip(fn):
    return lambda a, b: fn(b, a)
print(flip(power)(2, 10), flip(lambda a, b: a - b)(1, 10), flip(str.split)(",", "a,b,c"))
try:
    partial(request)()
except TypeError as e:
    print("TypeError:", e)
