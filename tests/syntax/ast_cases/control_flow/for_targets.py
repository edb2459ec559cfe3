for x.attr in values:
    pass
for x[0] in values:
    pass
for (a, b) in pairs:
    pass
for [a, b] in pairs:
    pass
for a, *b in rows:
    pass
for (x) in y:
    pass
