def f(*args):
    pass
def g(**kwargs):
    pass
def h(*args, **kwargs):
    pass
def i(a, *args, b, **kwargs):
    pass
def j(a, b=1, *args, c, d=2, **kw):
    pass
