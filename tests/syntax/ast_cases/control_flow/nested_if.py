if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
else:
    if e:
        pass
