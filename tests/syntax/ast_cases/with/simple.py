with open("f") as f:
    data = f.read()
with lock:
    pass
with a, b:
    pass
with a as x, b as y:
    pass
