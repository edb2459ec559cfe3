# PEP 614: any expression is a decorator.
@buttons[0].clicked.connect
def on_click():
    pass


@(lambda fn: fn)
def identity():
    pass


@x if flag else y
def chosen():
    pass


@registry["handlers"]
def handler():
    pass


@(yield_me)
def paren():
    pass
