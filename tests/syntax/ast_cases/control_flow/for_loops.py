for i in range(10):
    print(i)
for i, x in enumerate(xs):
    pass
for k, v in d.items():
    pass
for x in a, b, c:
    pass
for x in *a, *b:
    pass
for item in items:
    if item:
        break
else:
    item = None
