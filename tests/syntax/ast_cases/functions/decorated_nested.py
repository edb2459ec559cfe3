def outer():
    @wraps(outer)
    def inner(*a, **k):
        @staticmethod
        def deepest():
            pass
        return deepest
    return inner
