# iter() and next() directly, the iterator protocol of builtins, and callable().
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("hi")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
r = iter(range(3))
print(next(r), sum(r))
e = enumerate(iter(["x", "y"]))
print(next(e), next(e), next(e, "end"))
print(iter(it) is it, callable(len), callable(lambda: 0), callable(5), callable("s"), callable(str), callable(it))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
def numbers():
    yield 1
    yield 2
g = numbers()
print(iter(g) is g, next(g), list(g))
chunks = iter(range(10))
print([list(x for _, x in zip(range(3), chunks)) for _ in range(4)])
