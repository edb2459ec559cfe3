for x in y:
    pass
else:
z = 1
