a = *b, c
d = [*e]
f(*g, *h)
for i in *j, k: pass
return_value = (*l,)
m[*n] = 1
o = p[*q]
