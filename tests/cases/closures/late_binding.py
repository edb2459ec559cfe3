# Closures capture variables, not values: late binding in loops and the default-argument fix.
callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([cb() for cb in fixed])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(100) for a in make_adders()])
def factory():
    fns = {}
    for name in ["up", "down"]:
        def op(s, name=name):
            return s.upper() if name == "up" else s.lower()
        fns[name] = op
    return fns
ops = factory()
print(ops["up"]("Mixed"), ops["down"]("Mixed"))
def later():
    value = "before"
    def show():
        return value
    value = "after"
    return show
print(later()())
x = "global"
def reads_global():
    return x
x = "changed"
print(reads_global())
