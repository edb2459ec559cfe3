# except* runs every clause that matches part of the group, each with its matching subgroup.
def handle(group):
    try:
        raise group
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError as e:
        print("  TypeError part:", repr(e))
    except* (KeyError, IndexError) as e:
        print("  lookup part:", repr(e))
    print("  after the try")

print("all three kinds")
handle(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ValueError(4), IndexError(5)]))
print("only TypeErrors")
handle(ExceptionGroup("g", [TypeError(1), TypeError(2)]))
print("a whole group matches the first clause")
handle(ExceptionGroup("g", [ValueError("only")]))

# The name is unbound after the clause.
try:
    raise ExceptionGroup("g", [OSError("x")])
except* OSError as err:
    print("inside:", repr(err), type(err).__name__)
try:
    print(err)
except NameError as n:
    print("NameError:", n)

# A clause without a name, and clauses that match nothing.
try:
    raise ExceptionGroup("g", [ZeroDivisionError()])
except* KeyError:
    print("not reached")
except* ArithmeticError:
    print("ArithmeticError clause")
except* ZeroDivisionError:
    print("not reached either: nothing is left")

# Subclasses and tuples.
try:
    raise ExceptionGroup("lookups", [KeyError("k"), IndexError("i"), LookupError("l")])
except* KeyError as e:
    print("KeyError:", repr(e))
except* LookupError as e:
    print("LookupError:", repr(e))

# A local in a function, and a handler that assigns.
def count(group):
    found = 0
    try:
        raise group
    except* ValueError as e:
        found += len(e.exceptions)
    except* TypeError as e:
        found += 100 * len(e.exceptions)
    return found
print(count(ExceptionGroup("c", [ValueError(), TypeError(), ValueError()])))
print(count(ExceptionGroup("c", [TypeError()])))
