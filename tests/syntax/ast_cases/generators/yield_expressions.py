def gen():
    print((yield))
    f((yield 1))
    a = [(yield x) for x in ()] if False else None
    value = (yield) + 1
    yield -1
    yield not x
    yield lambda: 0
