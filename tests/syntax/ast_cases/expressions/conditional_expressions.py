a if b else c
x = 1 if cond else 2
y = (a if b else c) if d else e
z = a if (b if c else d) else e
w = a if b else c if d else e
label = "even" if n % 2 == 0 else "odd"
f(a if b else c, key=lambda v: v if v else None)
