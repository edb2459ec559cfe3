def f(x):
    if x == 0:
        raise
    if x == 1:
        raise ValueError
    if x == 2:
        raise ValueError("bad value", x)
    if x == 3:
        raise KeyError(x) from None
    raise RuntimeError from ValueError("cause")
