del x
del x, y
del a.b
del a[0]
del a[1:2]
del (a, b)
del [a, b]
del a.b[c].d
del (x)
