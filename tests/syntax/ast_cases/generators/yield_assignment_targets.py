def gen():
    a, b = yield
    c = d = yield 1
    e += yield
    f: int = yield
    g[0] = yield from h()
