def f(a,):
    pass
def g(a, b,):
    pass
def h(*args,):
    pass
def i(**kwargs,):
    pass
def j(a, /,):
    pass
def k(*, a,):
    pass
f(1,)
f(a, b=1,)
