def outer(x):
    def inner(y):
        def innermost(z):
            return x + y + z
        return innermost
    return inner
