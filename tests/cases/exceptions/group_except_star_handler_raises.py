# Exceptions raised in except* clauses are collected; they leave at the end together with what
# was not handled, in a new ExceptionGroup('', [...]). The other clauses still run.
def run(body):
    try:
        body()
        print("  nothing escaped")
    except BaseException as e:
        print("  escaped:", repr(e))
        return e

def one_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
e = run(one_new)
print("  context of the new one:", repr(e.exceptions[0].__context__))

def new_and_handled():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        print("  the TypeError clause still runs")
run(new_and_handled)

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise IndexError(2)
e = run(two_new)
print("  contexts:", repr(e.exceptions[0].__context__), repr(e.exceptions[1].__context__))

def new_and_reraised():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
e = run(new_and_reraised)

def raise_the_part():
    # `raise e` is a new raise of the part: it no longer counts as a re-raise.
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run(raise_the_part)

def a_group_from_a_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2), ValueError(5)])])
    except* TypeError:
        raise
    except* ValueError:
        raise ExceptionGroup("x", [KeyError(9)])
run(a_group_from_a_clause)

def only_new_from_naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("from naked")
e = run(only_new_from_naked)
print("  context:", repr(e.__context__))

def caused():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
e = run(caused)
print("  cause:", repr(e.__cause__))

def raised_in_called_function():
    def helper():
        raise OSError("deep")
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        helper()
    except* KeyError:
        print("  KeyError clause")
result = run(raised_in_called_function)
