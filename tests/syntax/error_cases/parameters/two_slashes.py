def f(a, /, /):
    pass
