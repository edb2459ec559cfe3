def outer():
    x = 0
    y = 0
    def inner():
        nonlocal x
        nonlocal y
        x += 1
        y = x
    def both():
        nonlocal x, y
        x, y = y, x
    inner()
    return x
