# Generators: finally on close, exhaustion, StopIteration.value, and generator reuse errors.
log = []
def worker(name):
    log.append(f"{name} start")
    try:
        for i in range(3):
            yield i
            log.append(f"{name} resumed after {i}")
    finally:
        log.append(f"{name} cleanup")

w = worker("a")
print(next(w), next(w))
w.close()
print(log)
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
log.clear()
print(list(worker("b")), log)
def returns():
    yield 1
    return "result"
g = returns()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
