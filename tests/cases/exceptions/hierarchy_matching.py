# Which handler catches what: base classes, tuples of types, order of clauses.
def trigger(kind):
    if kind == "key":
        {}["k"]
    if kind == "index":
        [][0]
    if kind == "zero":
        1 // 0
    if kind == "overflow":
        2.0 ** 5000
    if kind == "type":
        "a" + 1
    if kind == "value":
        int("x")
    if kind == "attr":
        None.upper()
    if kind == "name":
        undefined_thing
    if kind == "unicode":
        "é".encode("ascii") if hasattr("", "encode") else None
    return "no error"

for kind in ["key", "index", "zero", "overflow", "type", "value", "attr", "name", "none"]:
    try:
        trigger(kind)
        print(kind, "-> no error")
    except LookupError as e:
        print(kind, "-> LookupError", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "-> ArithmeticError", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(kind, "-> TypeError/ValueError", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> Exception", type(e).__name__, e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(UnboundLocalError, NameError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in (RecursionError, NotImplementedError)], issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError))
