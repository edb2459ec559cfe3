# getattr/hasattr on builtin objects: methods by name, defaults, and dispatch by name.
text = "Hello"
for name in ["upper", "lower", "swapcase", "nope"]:
    fn = getattr(text, name, None)
    print(name, fn() if callable(fn) else fn, hasattr(text, name))
ops = {"add": "append", "grow": "extend"}
items = []
getattr(items, ops["add"])(1)
getattr(items, ops["grow"])([2, 3])
print(items, getattr(items, "count")(2))
print(getattr(5, "real"), getattr(2.5, "imag"), hasattr([], "sort"), hasattr((), "sort"), hasattr({}, "keys"))
try:
    getattr(text, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(text, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(len, "__name__"), getattr(str.upper, "__qualname__"), getattr(ValueError, "__name__"))
handlers = {"csv": lambda s: s.split(","), "words": str.split, "upper": str.upper}
for kind in ["csv", "words", "upper", "missing"]:
    handler = handlers.get(kind)
    print(kind, handler("a,b c") if handler else "no handler")
