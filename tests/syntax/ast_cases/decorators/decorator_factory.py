def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            result = None
            for _ in range(times):
                result = fn(*args, **kwargs)
            return result
        return wrapper
    return decorate


@repeat(times=3)
def hello(name):
    print(f"hello {name}")
