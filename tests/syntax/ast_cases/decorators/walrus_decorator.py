@(d := make_decorator())
def f():
    pass


@d
def g():
    pass
