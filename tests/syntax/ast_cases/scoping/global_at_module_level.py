global x
x = 1
def f():
    global x, y
    y = x
