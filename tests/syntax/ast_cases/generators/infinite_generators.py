def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(items):
    saved = []
    for x in items:
        yield x
        saved.append(x)
    while saved:
        yield from saved
