# Exceptions crossing generator and closure boundaries keep their type and message.
def make_validator(limit):
    def validate(x):
        if x > limit:
            raise ValueError(f"{x} exceeds {limit}")
        return x
    return validate
def validated(items, check):
    for item in items:
        yield check(item)
check = make_validator(10)
results = []
try:
    for v in validated([1, 5, 50, 2], check):
        results.append(v)
except ValueError as e:
    print("stopped:", e, results)
def safe(items, check):
    for item in items:
        try:
            yield check(item)
        except ValueError as e:
            yield f"skipped ({e})"
print(list(safe([3, 30, 7], check)))
def callbacks():
    fns = [lambda: 1, lambda: {}["missing"], lambda: 3]
    out = []
    for fn in fns:
        try:
            out.append(fn())
        except KeyError as e:
            out.append(f"KeyError {e}")
    return out
print(callbacks())
def reraise_wrapped(fn):
    def wrapper(*args):
        try:
            return fn(*args)
        except Exception as e:
            raise RuntimeError(f"{fn.__name__} failed: {e!r}") from e
    return wrapper
@reraise_wrapped
def divide(a, b):
    return a / b
try:
    divide(1, 0)
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__)
