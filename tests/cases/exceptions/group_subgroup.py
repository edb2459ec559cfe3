# subgroup(condition): only the matching part (or None), the same rules as split.
leaves = [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")]
g = ExceptionGroup("all", [leaves[0], ExceptionGroup("mid", [leaves[1], ExceptionGroup("deep", [leaves[2]])]), leaves[3]])

print(repr(g.subgroup(ValueError)))
print(repr(g.subgroup(TypeError)))
print(repr(g.subgroup(KeyError)))
print(repr(g.subgroup(OSError)))
print(g.subgroup(Exception) is g, g.subgroup(lambda e: True) is g)
print(repr(g.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "deep")))
print(repr(g.subgroup(lambda e: str(e) in ("a", "d"))))

# Matching every leaf still makes new groups when no group matches as a whole.
every = g.subgroup((ValueError, TypeError, KeyError))
print(repr(every), every is g, every == g)

# The order of the leaves is kept.
order = ExceptionGroup("order", [KeyError(i) if i % 2 else ValueError(i) for i in range(8)])
print(repr(order.subgroup(KeyError)))
print(repr(order.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 3)))

# derive makes a group of the same message from other exceptions.
d = g.derive([OSError("x")])
print(type(d).__name__, repr(d), d.message)
print(repr(g.derive((KeyboardInterrupt(),))), type(g.derive([KeyboardInterrupt()])).__name__)
for call in (lambda: g.derive([]), lambda: g.derive(), lambda: g.derive([1]), lambda: g.derive([ValueError()], x=1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
for call in (lambda: g.subgroup(), lambda: g.subgroup(3), lambda: g.subgroup(ValueError, x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
