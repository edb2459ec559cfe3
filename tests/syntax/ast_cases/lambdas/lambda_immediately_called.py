(lambda: 42)()
(lambda x, y: x * y)(3, 4)
(lambda *a: a)(*range(3))
result = (lambda: (lambda: 1)())()
