# Closures over loop variables, mutable containers, and nested function factories.
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop() if items else None
    def peek():
        return items[-1] if items else None
    return {"push": push, "pop": pop, "peek": peek, "size": lambda: len(items)}
s = make_stack()
print(s["push"](1), s["push"](2), s["peek"](), s["pop"](), s["size"](), s["pop"](), s["pop"]())
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def take(args):
        if len(args) == n:
            return f(*args)
        return lambda x: take(args + [x])
    return take([])
volume = curry(lambda a, b, c: a * b * c, 3)
print(volume(2)(3)(4))
def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache
fib, cache = memo_fib()
print(fib(80), len(cache))
def pipeline(*steps):
    return lambda data: [compose(*reversed(steps))(d) for d in data]
print(pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))(["  Hello World ", "A B"]))
