# Exception instances: args, str, repr, and the special formatting of KeyError.
cases = [
    ValueError(), ValueError("one"), ValueError("two", 2), KeyError("key"), KeyError(("a", 1)),
    KeyError(), IndexError(5), TypeError(None), RuntimeError(""), ZeroDivisionError("x", "y", "z"),
    Exception([1, 2]), StopIteration(42), AssertionError("a\nb"),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("args are a tuple")
print(e, e.args, type(e.args).__name__, len(e.args))
try:
    raise KeyError("missing-key")
except KeyError as err:
    print(str(err), err.args[0], repr(err))
try:
    {"a": 1}["b"]
except KeyError as err:
    print("lookup:", err, err.args)
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), KeyError), type(ValueError("x")) is ValueError)
print(str(OSError(2, "No such file")), OSError(2, "No such file").args)
print(f"{ValueError('formatted')}", "%s" % IndexError("percent"), "{}".format(TypeError("fmt")))
err = OSError(2, "No such file or directory", "data.csv")
print(type(err).__name__, err, err.args, err.errno, err.strerror, err.filename, isinstance(err, OSError))
print(type(OSError(13, "denied")).__name__, type(OSError(999, "odd")).__name__, OSError("plain").errno)
