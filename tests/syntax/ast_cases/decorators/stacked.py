@first
@second(1)
@third.attribute
@fourth.method(arg=2)
def decorated():
    pass
