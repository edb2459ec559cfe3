@a()()
def f(): pass


@a().b()[0]
def g(): pass


@a(*args, **kwargs)
def h(): pass
