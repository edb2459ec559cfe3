def g():
    x = yield from a if False else b
    y = [(yield)]
    z = {(yield): (yield)}
    await_ = (yield) or (yield 1)
