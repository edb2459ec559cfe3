def f():
    x: int
    y: str = "s"
    global z
    z = 1
