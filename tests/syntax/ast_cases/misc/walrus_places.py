if x := 1: pass
while y := next(it, None): pass
print(z := 1, w := 2)
a = [b := 1, c := 2]
d = {(e := 1): (f := 2)}
s = {g := 1, 2}
g = h[(i := 0)]
j = k if (l := m) else n
