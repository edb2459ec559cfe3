# raise with classes, instances, bare raise, and invalid raise targets.
def check(n):
    if n < 0:
        raise ValueError
    if n == 0:
        raise ZeroDivisionError("zero given")
    return 10 / n
for n in [2, 0, -1]:
    try:
        print(check(n))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, repr(e), e.args)
def reraise():
    try:
        [][1]
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("outer got:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise "message"
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
def handler_error():
    try:
        int("bad")
    except ValueError:
        return undefined_in_handler
try:
    handler_error()
except NameError as e:
    print("NameError:", e, "| context:", type(e.__context__).__name__)
err = None
try:
    raise KeyError("scoped")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
