def gen():
    yield *a, *b
    yield *a,
    yield 1, *b
    x = yield *a, 1
