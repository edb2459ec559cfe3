f = lambda *args: [*args, *args]
g = lambda **kw: {**kw, "extra": 1}
h = lambda a, *rest: (a, *rest)
