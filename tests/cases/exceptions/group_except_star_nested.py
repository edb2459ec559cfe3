# Nested groups keep their shape: each clause sees the matching leaves in their original groups.
def tree():
    return ExceptionGroup("root", [
        ValueError("v1"),
        ExceptionGroup("left", [TypeError("t1"), ValueError("v2")]),
        ExceptionGroup("right", [ExceptionGroup("deep", [KeyError("k1"), ValueError("v3")]), TypeError("t2")]),
    ])

try:
    raise tree()
except* ValueError as e:
    print("V:", repr(e))
except* TypeError as e:
    print("T:", repr(e))
except* KeyError as e:
    print("K:", repr(e))

# What is left over after some clauses is re-raised with the same nesting.
def partly():
    try:
        raise tree()
    except* TypeError as e:
        print("handled", len(e.exceptions), "group(s) with TypeErrors")
try:
    partly()
except ExceptionGroup as rest:
    print("left:", repr(rest))
    print("leaf identity kept:", rest.exceptions[0].args)

# try/except* inside an except* clause.
try:
    raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
except* ValueError as e:
    try:
        raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
    except* KeyError as k:
        print("inner clause:", repr(k), "outer part:", repr(e))
    except* OSError as o:
        print("inner clause:", repr(o))
except* TypeError as e:
    print("outer TypeError:", repr(e))

# An except* statement inside a plain try.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("ValueError handled")
except KeyError:
    print("not this: the rest is a group")
except ExceptionGroup as g:
    print("the rest:", repr(g))
