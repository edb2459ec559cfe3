def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment


def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
