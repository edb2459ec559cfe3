lambda: 0
lambda x: x
lambda x, y: x + y
lambda *args: args
lambda **kw: kw
lambda *a, **k: (a, k)
