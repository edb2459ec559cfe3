# Errors from split and rsplit, with CPython's messages.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e), e)

attempt("empty sep", lambda: "abc".split(""))
attempt("empty rsep", lambda: "abc".rsplit(""))
attempt("int sep", lambda: "abc".split(1))
attempt("list sep", lambda: "abc".rsplit([","]))
attempt("str maxsplit", lambda: "a b".split(" ", "1"))
attempt("float maxsplit", lambda: "a b".split(maxsplit=1.0))
attempt("None maxsplit", lambda: "a b".split(None, None))
attempt("huge maxsplit", lambda: "a b".split(" ", 2**64))
attempt("huge negative", lambda: "a b".rsplit(" ", -2**64))
attempt("three args", lambda: "a b".split(" ", 1, 2))
attempt("bad keyword", lambda: "a b".split(separator=" "))
attempt("bad rkeyword", lambda: "a b".rsplit(maxsplits=1))
attempt("name and position", lambda: "a b".split(" ", sep=" "))
attempt("maxsplit twice", lambda: "a b".rsplit(" ", 1, maxsplit=1))
attempt("three keywords", lambda: "a b".split(sep=" ", maxsplit=1, x=2))
attempt("ok keywords", lambda: "a b".split(maxsplit=1, sep=" "))
attempt("empty sep kw", lambda: "a b".split(sep=""))
attempt("empty sep no match", lambda: "".split(""))
attempt("maxsplit checked before sep", lambda: "a b".split(1, "x"))
attempt("huge maxsplit before sep", lambda: "a b".rsplit(1.5, 2**70))
