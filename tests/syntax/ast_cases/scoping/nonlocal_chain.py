def a():
    v = 1
    def b():
        nonlocal v
        def c():
            nonlocal v
            v += 1
        c()
    b()
    return v
