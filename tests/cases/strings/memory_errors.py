# Results too large to build fail with MemoryError before allocating, as in CPython.
def attempt(label, f):
    try:
        print(label, len(f()))
    except MemoryError as e:
        print(label, type(e), repr(str(e)))
attempt("center", lambda: "x".center(2**62))
attempt("ljust", lambda: "x".ljust(2**62, "é"))
attempt("rjust", lambda: "x".rjust(2**61))
attempt("zfill", lambda: "-1".zfill(2**62))
attempt("fits", lambda: "x".center(1000))
attempt("still works", lambda: "abc".upper())
