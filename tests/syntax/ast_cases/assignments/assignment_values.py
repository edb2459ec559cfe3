x = yield_value = 1
y = a if b else c
z = lambda: 0
w = [i for i in range(3)]
v = (yield_)
t = *a, *b
u = 1,
s = *rest,
