def f(key=lambda x: x, cmp=lambda a, b: a < b):
    return key, cmp
def g(callback=lambda *a, **k: None):
    pass
h = lambda fn=lambda: 1: fn()
