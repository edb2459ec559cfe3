a = 1 + \
\
2
b = \
\
    4
with a, \
     b:
    pass
