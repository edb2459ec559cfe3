@decorator
def f():
    pass


@decorator
class C:
    pass
