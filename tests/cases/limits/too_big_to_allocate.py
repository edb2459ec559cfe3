# Results no machine can hold fail at once, before anything is allocated: MemoryError for
# repetition and collection, OverflowError where CPython's length check comes first. The script
# catches each and goes on.
def attempt(label, make):
    try:
        result = make()
    except MemoryError as e:
        print(label, "MemoryError", repr(str(e)))
    except OverflowError as e:
        print(label, "OverflowError", e)
    else:
        print(label, "ok", len(result))

attempt("str", lambda: "x" * 2**62)
attempt("str of two", lambda: "ab" * 2**62)
attempt("list", lambda: [0] * 2**62)
attempt("list of three", lambda: [1, 2, 3] * 2**61)
attempt("tuple", lambda: (0,) * 2**62)
attempt("reflected", lambda: 2**62 * [None])
attempt("list of a range", lambda: list(range(2**40)))
attempt("tuple of a range", lambda: tuple(range(2**40)))
attempt("sorted range", lambda: sorted(range(2**40)))
attempt("center", lambda: "x".center(2**62))
attempt("fits", lambda: "ab" * 10)
attempt("empty", lambda: [] * 2**62)
attempt("negative", lambda: [0] * -2**62)
rows = [1, 2]
try:
    rows *= 2**62
except MemoryError as e:
    print("in place", type(e).__name__, rows)
print("still running", sum(range(10)))
