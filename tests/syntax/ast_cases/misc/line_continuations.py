x = 1 + \
    2
if a and \
   b:
    pass
assert x, \
    "msg"
y = \
    3
def f(a,
      b):
    return a \
        + b
z = [1,
2,
    3]
