# ExceptionGroup and BaseExceptionGroup: what the constructor keeps, which class it makes, str and repr.
a, b = ValueError("a"), TypeError("b")
g = ExceptionGroup("two problems", [a, b])
print(type(g).__name__, repr(g))
print(str(g))
print(g.message, g.exceptions)
print(g.args)
print(g.exceptions[0] is a, g.exceptions[1] is b)

single = ExceptionGroup("one", (KeyError("k"),))
print(str(single), repr(single))

# args keep the sequence given; exceptions is a tuple taken at construction.
given = [ValueError(1)]
later = ExceptionGroup("copy", given)
given.append(ValueError(2))
print(repr(later), len(later.exceptions), str(later))

# BaseExceptionGroup of Exceptions only gives an ExceptionGroup.
h = BaseExceptionGroup("base", [ValueError()])
print(type(h).__name__, type(h) is ExceptionGroup)
k = BaseExceptionGroup("base", [ValueError(), KeyboardInterrupt()])
print(type(k).__name__, repr(k))
print(repr(BaseExceptionGroup("sys", [SystemExit(3)])))

# The hierarchy.
print(isinstance(g, Exception), isinstance(g, BaseExceptionGroup), isinstance(g, BaseException))
print(isinstance(k, Exception), isinstance(k, BaseExceptionGroup))
print(ExceptionGroup.__base__, BaseExceptionGroup.__base__)
print(ExceptionGroup, BaseExceptionGroup)

# Nesting and other sequences.
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), OSError(2)])
print(repr(nested), str(nested))
print(repr(ExceptionGroup("from a tuple", tuple([ZeroDivisionError("z")]))))
print(repr(ExceptionGroup("multi\nline", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError(), ValueError()])))

# Caught by the classes they derive from.
for cls in (ExceptionGroup, BaseExceptionGroup, Exception, BaseException):
    try:
        raise ExceptionGroup("g", [ValueError()])
    except cls as e:
        print("caught by", cls.__name__, str(e))
try:
    try:
        raise BaseExceptionGroup("bg", [KeyboardInterrupt()])
    except Exception:
        print("not this one")
except BaseExceptionGroup as e:
    print("BaseExceptionGroup is no Exception:", repr(e))

g.add_note("first note")
g.add_note("second")
print(g.__notes__)
