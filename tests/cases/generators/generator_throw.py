# throw() into generators: handled, re-raised, and cleanup through try/finally.
def resilient():
    results = []
    while True:
        try:
            item = yield len(results)
            results.append(item)
        except ValueError as e:
            results.append(f"error({e})")
        except KeyError:
            return results

g = resilient()
next(g)
print(g.send("a"), g.throw(ValueError("bad")), g.send("b"))
try:
    g.throw(KeyError("stop"))
except StopIteration as stop:
    print("returned", stop.value)

def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("fragile cleanup")

f = fragile()
next(f)
try:
    f.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print(next(f, "exhausted"))
fresh = fragile()
try:
    fresh.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted:", e)
def converter():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
c = converter()
next(c)
try:
    c.throw(ZeroDivisionError("div"))
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
