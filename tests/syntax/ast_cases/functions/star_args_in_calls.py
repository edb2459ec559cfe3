def wrapper(*args, **kwargs):
    return target(*args, **kwargs)


def partial(fn, *bound):
    def call(*more, **kw):
        return fn(*bound, *more, **kw)
    return call
