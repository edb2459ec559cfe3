# try/except* with else and finally, in loops, functions and generators.
def attempt(group):
    try:
        if group is not None:
            raise group
        print("  body done")
    except* ValueError as e:
        print("  ValueError clause", len(e.exceptions))
    else:
        print("  else")
    finally:
        print("  finally")
    return "returned"

print(attempt(None))
print(attempt(ExceptionGroup("g", [ValueError()])))
try:
    attempt(ExceptionGroup("g", [ValueError(), KeyError()]))
except ExceptionGroup as e:
    print("escaped after finally:", repr(e))

# A return in the try body runs finally; loops inside clauses may break and continue.
def early(n):
    try:
        return n * 2
    except* ValueError:
        return_value = -1
    finally:
        print("  finally of early")
print(early(21))

total = 0
for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i), TypeError(i)])
        total += 1
    except* ValueError as e:
        for leaf in e.exceptions:
            if leaf.args[0] > 10:
                break
            total += 10
        else:
            total += 100
    except* TypeError:
        while True:
            total += 1000
            break
print("total", total)

# A variable assigned in a clause is visible after it when the clause ran.
def assigned():
    try:
        raise ExceptionGroup("g", [KeyError()])
    except* KeyError:
        seen = "yes"
    return seen
print(assigned())

# Generators can yield inside except* clauses.
def producer():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as e:
        for leaf in e.exceptions:
            yield leaf.args[0]
    except* TypeError as e:
        yield "type"
    yield "end"
print(list(producer()))

# A lambda and a comprehension inside a clause.
try:
    raise ExceptionGroup("g", [ValueError(i) for i in range(5)])
except* ValueError as e:
    print(sorted([leaf.args[0] for leaf in e.exceptions], key=lambda x: -x))
