lambda x=1: x
lambda x, y=2: x
lambda *, k: k
lambda *, k=1: k
lambda a, /, b: a
lambda a, /, b, *c, d, e=1, **f: 0
lambda a=1, /, b=2: 0
lambda x,: x
