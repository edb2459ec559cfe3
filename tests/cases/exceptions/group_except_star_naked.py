# A naked exception meets except* clauses wrapped in ExceptionGroup('', (exc,)).
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0]), e.message == "")

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

# The wrapped exception is the original one.
original = KeyError("k")
try:
    raise original
except* LookupError as e:
    print(e.exceptions[0] is original)

# Unmatched, it leaves as itself (not wrapped).
def unmatched():
    try:
        raise KeyError("plain")
    except* ValueError:
        print("not reached")
try:
    unmatched()
except KeyError as k:
    print("still naked:", repr(k))

# A bare raise in the clause re-raises the wrapping group.
def bare():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
try:
    bare()
except ExceptionGroup as g:
    print("re-raised as", repr(g))

# A new exception raised in the clause leaves as it is, with the wrapping group as its context.
def replaced():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
try:
    replaced()
except TypeError as t:
    print(repr(t), repr(t.__context__))

# No exception: no clause runs.
try:
    print("quiet body")
except* Exception:
    print("not reached")
