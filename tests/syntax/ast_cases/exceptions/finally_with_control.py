def f():
    for i in range(3):
        try:
            if i:
                continue
            break
        finally:
            cleanup(i)
    while True:
        try:
            return 1
        finally:
            pass
