x = lambda: a if b else c
y = (lambda: a) if b else (lambda: c)
z = [a if b else c for a in d if e]
w = a or b if c else d and e
