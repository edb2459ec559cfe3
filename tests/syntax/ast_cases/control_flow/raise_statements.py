def fail(kind):
    if kind == 1:
        raise
    if kind == 2:
        raise ValueError
    if kind == 3:
        raise ValueError("bad")
    if kind == 4:
        raise RuntimeError("wrapped") from exc
    raise TypeError() from None
