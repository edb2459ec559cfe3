# split(condition) by a type, a tuple of types, or a predicate: (match, rest), None where empty.
v1, t2, k3 = ValueError(1), TypeError(2), KeyError(3)
inner = ExceptionGroup("inner", [t2, k3])
g = ExceptionGroup("outer", [v1, inner])

for condition in (ValueError, TypeError, (TypeError, ValueError), LookupError, Exception, OSError, ()):
    match, rest = g.split(condition)
    print(getattr(condition, "__name__", condition), "->", repr(match), "|", repr(rest))

# A group itself can match: the whole group is kept as it is.
match, rest = g.split(ExceptionGroup)
print(match is g, rest)
match, rest = g.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
print(repr(match), repr(rest))
print(match.exceptions[0] is inner)

# The leaves are the same objects; the groups around them are new ones.
match, rest = g.split(ValueError)
print(match.exceptions[0] is v1, match is g, type(match).__name__, match.message)
print(rest.exceptions[0] is inner)
match, rest = g.split(KeyError)
print(rest.exceptions[1].exceptions[0] is t2, match.exceptions[0].message)

# The predicate sees every group and exception, outermost first, and its result's truth counts.
seen = []
def record(e):
    seen.append(repr(e))
    return False
print(g.split(record))
for line in seen:
    print("  saw", line)
print(repr(g.split(lambda e: 1)[0]))
print(repr(g.split(lambda e: [] if isinstance(e, ExceptionGroup) else "yes")))

# A failing predicate propagates its exception.
try:
    g.split(lambda e: 1 / 0)
except ZeroDivisionError as z:
    print("predicate failed:", z)

# Mixed groups: each part gets its own class.
b = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v"), SystemExit(1)])
match, rest = b.split(ValueError)
print(type(match).__name__, repr(match), type(rest).__name__, repr(rest))
match, rest = b.split((KeyboardInterrupt, SystemExit))
print(type(match).__name__, repr(match), type(rest).__name__, repr(rest))

# Bad conditions.
for bad in (5, "ValueError", int, (ValueError, 5), (ValueError, (TypeError,)), None):
    try:
        g.split(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
for call in (lambda: g.split(), lambda: g.split(ValueError, TypeError), lambda: g.split(condition=ValueError)):
    try:
        call()
    except TypeError as e:
        print(e)
