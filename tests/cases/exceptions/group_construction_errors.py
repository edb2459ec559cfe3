# The constructor's checks, with CPython's messages.
def attempt(label, make):
    try:
        result = make()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("set", lambda: ExceptionGroup("m", {1}))
attempt("dict", lambda: ExceptionGroup("m", {1: ValueError()}))
attempt("int", lambda: ExceptionGroup("m", 5))
attempt("None", lambda: ExceptionGroup("m", None))
attempt("str items", lambda: ExceptionGroup("m", "ab"))
attempt("range items", lambda: ExceptionGroup("m", range(3)))
attempt("empty range", lambda: ExceptionGroup("m", range(0)))
attempt("second item", lambda: ExceptionGroup("m", [ValueError(), 5]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("message int", lambda: ExceptionGroup(5, [ValueError()]))
attempt("message None", lambda: ExceptionGroup(None, [ValueError()]))
attempt("message bytes first", lambda: ExceptionGroup(1.5, []))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("no arguments", lambda: ExceptionGroup())
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keyword only", lambda: ExceptionGroup("m", exceptions=[ValueError()]))
attempt("extra keyword", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("base extra keyword", lambda: BaseExceptionGroup("m", [ValueError()], x=1))
attempt("nest BaseException", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("nest BaseExceptionGroup", lambda: ExceptionGroup("m", [BaseExceptionGroup("n", [SystemExit()])]))
attempt("nest ok", lambda: ExceptionGroup("m", [BaseExceptionGroup("n", [ValueError()])]))
attempt("mixed", lambda: ExceptionGroup("m", [ValueError(), GeneratorExit()]))
attempt("raise class", lambda: (_ for _ in ()).throw(ExceptionGroup))
def raise_class():
    raise ExceptionGroup
attempt("raise ExceptionGroup", raise_class)
e = ExceptionGroup("m", [ValueError()])
attempt("add_note int", lambda: e.add_note(3))
attempt("add_note none", lambda: e.add_note())
