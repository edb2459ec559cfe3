def a(): return
def b(): return None
def c(): return a, b
def d(): return [x for x in y]
def e(): return lambda: e
def f(): return not x
def g(): return x if y else z
