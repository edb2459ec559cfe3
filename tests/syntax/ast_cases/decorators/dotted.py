@a.b.c
def f(): pass


@pytest.mark.parametrize("x", [1, 2, 3])
def test(x): pass


@functools.lru_cache(maxsize=None)
def cached(n): return n
