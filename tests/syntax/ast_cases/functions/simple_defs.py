def f():
    pass
def g(a):
    return a
def h(a, b, c):
    return a + b + c
def one_liner(x): return x * 2
