# A parameter cannot also be declared global.
total = 0

def add(total, n):
    global total
    total += n
