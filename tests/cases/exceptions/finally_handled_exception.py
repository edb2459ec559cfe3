# While a finally body runs because of an exception, that exception is the one being handled:
# what the body raises gets it as __context__. Leaving the body by return/break/continue drops it,
# and leaving an `except ... as e` clause that way unbinds e.
def raise_in_finally():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("in finally")
    except ValueError as e:
        print("context:", repr(e.__context__))


def nested_contexts():
    try:
        try:
            raise KeyError("a")
        finally:
            try:
                raise IndexError("b")
            finally:
                raise ValueError("c")
    except ValueError as e:
        print("chain:", repr(e.__context__), repr(e.__context__.__context__))


def handled_inside_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            try:
                raise IndexError("b")
            except IndexError as e:
                print("inner context:", repr(e.__context__))
    except KeyError as k:
        print("still propagates:", repr(k))


def break_drops_it():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            break
    try:
        raise TypeError("after")
    except TypeError as e:
        print("after break, context:", repr(e.__context__))


def return_drops_it():
    def inner():
        try:
            raise KeyError("x")
        finally:
            return "returned"
    print(inner())
    try:
        raise TypeError("after")
    except TypeError as e:
        print("after return, context:", repr(e.__context__))


def clause_name_unbound():
    for i in range(1):
        try:
            raise KeyError(1)
        except KeyError as e:
            break
    try:
        print(e)
    except NameError as ne:
        print(type(ne).__name__, ne)


for f in [raise_in_finally, nested_contexts, handled_inside_finally, break_drops_it, return_drops_it, clause_name_unbound]:
    f()
