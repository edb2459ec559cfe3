# str.join errors: non-str items (with their position), non-iterables, arity.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e), e)

attempt("int item", lambda: ",".join(["a", 1]))
attempt("first item", lambda: ",".join([2.5, "a"]))
attempt("None item", lambda: ",".join(["a", "b", None]))
attempt("bool item", lambda: "".join([True]))
attempt("list item", lambda: "".join([["a"]]))
attempt("tuple item", lambda: "-".join(("a", ("b",))))
attempt("dict keys", lambda: "-".join({1: "a"}))
attempt("not iterable", lambda: ",".join(5))
attempt("None", lambda: ",".join(None))
attempt("no args", lambda: ",".join())
attempt("two args", lambda: ",".join(["a"], ["b"]))
attempt("keyword", lambda: ",".join(iterable=["a"]))
attempt("range", lambda: ",".join(range(3)))
attempt("ok", lambda: ",".join(["a", "b"]))
attempt("single", lambda: ",".join(["a"]))
attempt("empty", lambda: ",".join([]))
