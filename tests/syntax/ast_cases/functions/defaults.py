def f(a=1):
    pass
def g(a, b=2, c=3):
    pass
def h(a=[], b={}, c=None, d=lambda: 0):
    pass
def i(x=1 + 2, y=f(3), z=-1):
    pass
