for i in range(3):
    for j in range(3):
        while k:
            k -= 1
        else:
            pass
    else:
        continue
    break
else:
    pass
