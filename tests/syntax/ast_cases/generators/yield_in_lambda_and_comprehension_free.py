def outer():
    f = lambda: (yield)
    g = lambda: (yield from it)
    return f, g
