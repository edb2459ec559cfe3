counter = 0


def increment():
    global counter
    counter += 1


def reset():
    global counter, total
    counter = total = 0
