# json.JSONDecodeError as a class: a ValueError subclass with msg/doc/pos/lineno/colno, its repr,
# str and args, and constructing one directly.
import json

E = json.JSONDecodeError
print(E, E.__name__, E.__module__, isinstance(E("m", "d", 0), ValueError), isinstance(E("m", "d", 0), Exception))
try:
    json.loads("[1, 2,]")
except ValueError as e:
    print(type(e).__name__, isinstance(e, E), isinstance(e, ValueError))
    print(repr(e))
    print(str(e))
    print(e.args)
    print(e.msg, e.doc, e.pos, e.lineno, e.colno)
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except E as e:
    print(e, e.lineno, e.colno)
err = E("custom problem", "line one\nline two\nthree", 14)
print(repr(err), err.lineno, err.colno, err.pos, err.msg)
print(E("m", "abc", 0), E("m", "", 0), E("m", "a\nb", 2), E("m", "ab", 100), E("m", "a\nbc", -1))
print(E(42, "doc", 1), E(msg="kw", doc="x\ny", pos=3).colno)
for args in [("only",), ("a", "b"), (), ("a", "b", 1, 2)]:
    try:
        E(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    E("a", "b", c=1)
except TypeError as e:
    print("TypeError", e)
try:
    raise E("raised by hand", "{}", 1)
except ValueError as e:
    print("caught", type(e).__name__, e)
try:
    try:
        json.loads("x")
    except E as inner:
        raise KeyError("wrapped") from inner
except KeyError as outer:
    print(repr(outer), repr(outer.__cause__))
