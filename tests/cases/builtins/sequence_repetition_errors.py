# Sequence repetition: a count beyond an index-sized integer is OverflowError before anything
# else, a non-int count is TypeError, and negative counts give an empty result.
def attempt(label, make):
    try:
        result = make()
    except (OverflowError, MemoryError, TypeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(result)[:40])

huge = 2**63
for name, seq in [("str", "ab"), ("empty str", ""), ("list", [1, 2]), ("empty list", []),
                  ("tuple", (1,)), ("empty tuple", ()), ("range", range(3))]:
    attempt(name + " * huge", lambda: seq * huge)
    attempt("huge * " + name, lambda: huge * seq)
    attempt(name + " * -huge", lambda: seq * -huge)
    attempt(name + " * 2**100", lambda: seq * 2**100)
    attempt(name + " * 2.0", lambda: seq * 2.0)
    attempt("2.5 * " + name, lambda: 2.5 * seq)
    attempt(name + " * None", lambda: seq * None)
    attempt(name + " * '2'", lambda: seq * "2")
    attempt(name + " * True", lambda: seq * True)
    attempt(name + " * -1", lambda: seq * -1)

items = [1, 2]
try:
    items *= huge
except OverflowError as e:
    print("list *=", e, items)
try:
    items *= 1.5
except TypeError as e:
    print("list *= float", e)
text = "ab"
try:
    text *= huge
except OverflowError as e:
    print("str *=", e, text)
t = (1, 2)
try:
    t *= 2.0
except TypeError as e:
    print("tuple *= float", e)
items *= 0
print(items)
