def chain(*iterables):
    for it in iterables:
        yield from it


def delegate():
    result = yield from sub()
    yield from (x for x in range(3))
    return result
