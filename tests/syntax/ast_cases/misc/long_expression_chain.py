value = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20
chain = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p
calls = f()()()()()()()()
index = a[0][1][2][3][4][5][6][7]
neg = - - - - - - - - - - 1
nots = not not not not not not x
