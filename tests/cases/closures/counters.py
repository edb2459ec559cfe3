# Closures capture variables, not values; nonlocal rebinds them.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c = make_counter()
print(c(), c(), c(10))
d = make_counter()
print(d(), c())

def adders():
    result = []
    for i in range(3):
        result.append(lambda x, i=i: x + i)
    return result

print([f(10) for f in adders()])

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))
