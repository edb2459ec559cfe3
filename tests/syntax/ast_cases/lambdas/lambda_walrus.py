f = lambda: (x := 1)
g = lambda y: (z := y + 1) * z
