def gen():
    yield 1
    return 2


def gen2():
    return (yield 1)


def gen3():
    yield
    return
