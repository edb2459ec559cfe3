def f(a=(1, 2), b=[x for x in y], c={**d}, d=not e, e=a if b else c, f=g):
    pass
