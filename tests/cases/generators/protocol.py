# Generators: iteration, send, yield from with return values, throw, close, PEP 479 and generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)), sum(count(10)))
for x in count(3):
    print("x", x)
g = count(2)
print(next(g), next(g), next(g, "end"))
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("stop", stop.args if hasattr(stop, "args") else stop)
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield 3
print(list(outer()))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
squares = (i * i for i in range(4))
print(next(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def catcher():
    try:
        yield 1
    except ValueError as err:
        print("caught in generator", err)
        yield 2
c = catcher()
print(next(c), c.throw(ValueError("boom")))
c.close()
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError", err)
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(list(deep(50))[-3:])
