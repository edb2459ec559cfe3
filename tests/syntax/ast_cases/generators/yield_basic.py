def gen():
    yield
    yield 1
    yield 1, 2
    yield (1, 2)
    x = yield
    y = yield 5
    z = (yield)
