# type() of values of every builtin kind, and the type of each of those types.
def f():
    yield 1
values = [None, True, 1, 2 ** 80, 1.5, "s", (1,), [1], {1: 2}, range(3), iter([1]), iter(range(2)),
          f, f(), print, len, [].append, enumerate([]), zip(), map(str, []), filter(None, []),
          {}.keys(), iter({}), int, type, ValueError, ValueError("x"), lambda: 0, Ellipsis]
for v in values:
    t = type(v)
    print(t.__name__, type(t).__name__, t is type(v))
print(isinstance(f(), type(f())), type(1) is int, type(True) is bool, isinstance(True, int))
