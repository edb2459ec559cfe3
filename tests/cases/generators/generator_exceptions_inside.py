# Exceptions raised inside generators propagate to the consumer; the generator is then finished.
def parse_numbers(items):
    for item in items:
        yield int(item)

g = parse_numbers(["1", "2", "three", "4"])
got = []
try:
    for n in g:
        got.append(n)
except ValueError as e:
    print("ValueError:", e, got)
print(next(g, "finished"), list(g))
def guarded(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            yield None
print(list(guarded(["1", "x", "3"])))
def checks():
    yield 1
    raise KeyError("from generator")
try:
    print(list(checks()))
except KeyError as e:
    print("KeyError:", e)
def stop_inside():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(stop_inside()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
