# sys.exception() and sys.exc_info() see the exception being handled: inside an except block,
# restored after a nested handler, per generator frame, and None outside any handler.
import sys

print(sys.exception(), sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print("handling", repr(sys.exception()))
    kind, value, _ = sys.exc_info()
    print(kind.__name__, repr(value))
    try:
        int("x")
    except ValueError:
        print("nested", repr(sys.exception()))
    print("restored", repr(sys.exception()))
print("after", sys.exception())


def gen():
    try:
        raise IndexError("in generator")
    except IndexError:
        yield repr(sys.exception())
    yield repr(sys.exception())


g = gen()
print(next(g))
print("caller sees", sys.exception())
print(next(g))
print(type(sys.getrecursionlimit()).__name__)
try:
    sys.exception(1)
except TypeError as e:
    print(e)
