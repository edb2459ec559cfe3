def f(*, a):
    pass
def g(*, a=1, b):
    pass
def h(x, *, y=2, z):
    pass
def i(*, a, **kw):
    pass
