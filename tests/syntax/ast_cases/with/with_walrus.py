with (x := ctx()) as y:
    pass
with (f := open("x")):
    pass
