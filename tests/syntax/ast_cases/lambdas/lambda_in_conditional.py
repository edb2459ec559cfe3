f = (lambda: 1) if flag else (lambda: 2)
g = lambda: 1 if flag else 2
h = lambda x: (lambda: x) if x else None
