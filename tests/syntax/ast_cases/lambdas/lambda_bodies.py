lambda: (yield_value)
lambda x: x if x else None
lambda x: [i for i in x]
lambda x: {k: v for k, v in x}
lambda: (a, b)
lambda: not x
lambda x: x.attr[0](1)
lambda: ...
