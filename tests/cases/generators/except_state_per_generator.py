# The exception being handled belongs to the generator's frame: a generator suspended inside an
# `except` block does not lend it to its caller (no "During handling" context leaks out), and
# gets it back when resumed.
def fallback_values():
    try:
        raise KeyError("missing")
    except KeyError as e:
        yield "fallback"
        raise RuntimeError("inside the except block again") from None


gen = fallback_values()
print(next(gen))
try:
    raise ValueError("caller's own")
except ValueError as e:
    print("context of caller's error:", repr(e.__context__))
try:
    next(gen)
except RuntimeError as e:
    print(repr(e), "suppressed:", e.__suppress_context__, "context:", repr(e.__context__))


def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        yield 1
        yield 2


for value in inner():
    try:
        int("x")
    except ValueError as e:
        print(value, repr(e.__context__))

raise LookupError("final")
