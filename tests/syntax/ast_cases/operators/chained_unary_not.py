not not not x
not (a and b)
not a or not b
if not x in y: pass
if not x is None: pass
r = not x == y
