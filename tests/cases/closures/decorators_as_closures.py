# Function decorators built from closures: logging, call counting, retries, and stacking.
log = []
def logged(fn):
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        log.append(f"ret {fn.__name__} -> {result!r}")
        return result
    return wrapper

def counted(fn):
    calls = [0]
    def wrapper(*args):
        calls[0] += 1
        return fn(*args), calls[0]
    return wrapper

def retry(times):
    def decorate(fn):
        def wrapper(x):
            last = None
            for attempt in range(times):
                try:
                    return fn(x, attempt)
                except ValueError as e:
                    last = e
            raise RuntimeError(f"failed {times} times: {last}")
        return wrapper
    return decorate

@logged
def add(a, b=0):
    return a + b

@counted
def square(x):
    return x * x

@retry(3)
def fragile(x, attempt):
    if attempt < x:
        raise ValueError(f"attempt {attempt}")
    return f"ok on attempt {attempt}"

print(add(2, b=3), add(1))
print(square(3), square(4))
print(fragile(0), fragile(2))
try:
    fragile(5)
except RuntimeError as e:
    print("RuntimeError:", e)
for line in log:
    print(line)
@logged
@counted
def both(x):
    return x + 1
print(both(1), log[-1])
