f = lambda a, *, b=lambda: 1, c=[]: (a, b, c)
g = lambda *args, key=None, **kw: sorted(args, key=key)
