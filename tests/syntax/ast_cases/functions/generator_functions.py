def evens(limit):
    n = 0
    while n < limit:
        if n % 2 == 0:
            yield n
        n += 1


def pairs(xs):
    yield from zip(xs, xs[1:])
