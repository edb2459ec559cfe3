def f(data):
    x = 10
    result = [x for x in data]
    other = [y * x for y in data]
    return result, other, x
