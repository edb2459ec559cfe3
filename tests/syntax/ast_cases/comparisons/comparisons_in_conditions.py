if x == 1:
    pass
elif x != 2:
    pass
while i < len(items):
    i += 1
assert a <= b, "out of order"
ok = key in mapping and mapping[key] is not None
