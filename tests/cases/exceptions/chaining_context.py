# Exception chaining: implicit __context__, explicit "from", and "from None".
def load(key):
    data = {"a": "1", "b": "x"}
    try:
        return int(data[key])
    except KeyError as e:
        raise LookupError(f"no setting {key!r}") from e
    except ValueError:
        raise RuntimeError(f"setting {key!r} is not a number")

for key in ["a", "b", "c"]:
    try:
        print(key, load(key))
    except Exception as e:
        cause = e.__cause__
        context = e.__context__
        print(key, type(e).__name__, e, "| cause:", type(cause).__name__ if cause else None,
              "| context:", type(context).__name__ if context else None, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise TypeError("first")
    finally:
        print("finally runs")
except TypeError as e:
    print("caught", e, e.__context__)
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        try:
            raise ValueError("middle")
        except ValueError as middle:
            raise RuntimeError("outer") from middle
except RuntimeError as e:
    print(e, "<-", e.__cause__, "<-", e.__cause__.__context__)
