# Handlers, else, finally, re-raising and chaining.
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        return 10 // (n - 1)
    return n

for n in [0, 1, 2]:
    try:
        r = risky(n)
    except ValueError as e:
        print("value error:", e)
    except ZeroDivisionError as e:
        print("zero division:", e)
    else:
        print("result", r)
    finally:
        print("done", n)

def cleanup():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(cleanup())

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except LookupError as e:
    print("re-raised", repr(e))

for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("finally", i)
