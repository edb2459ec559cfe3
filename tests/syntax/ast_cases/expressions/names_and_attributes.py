# Plain names, attribute chains and calls on attributes.
x
x.y
x.y.z
obj.method().attr
a.b(c).d[e].f
self.items.append(value)
