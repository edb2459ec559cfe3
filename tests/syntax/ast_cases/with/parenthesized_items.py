with (open("a") as a, open("b") as b):
    pass
with (
    open("input") as src,
    open("output", "w") as dst,
):
    dst.write(src.read())
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a as b):
    pass
