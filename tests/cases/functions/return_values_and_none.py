# Return values: implicit None, multiple returns as tuples, early returns, and returning functions.
def nothing():
    pass
def early(n):
    if n < 0:
        return
    if n == 0:
        return "zero"
    return n, n * 2
print(nothing(), early(-1), early(0), early(3))
def stats(values):
    if not values:
        return None, None, 0
    return min(values), max(values), len(values)
lo, hi, count = stats([4, 9, 1])
print(lo, hi, count, stats([]))
def chooser(kind):
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}.get(kind, lambda a, b: None)
print(chooser("add")(2, 3), chooser("mul")(2, 3), chooser("pow")(2, 3))
def generator_or_list(lazy):
    if lazy:
        return (i for i in range(3))
    return [i for i in range(3)]
print(type(generator_or_list(True)).__name__, generator_or_list(False))
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"))
result = print("print returns None")
print(result, [].append(1), {}.update(), [3, 1].sort())
def mutate(lst):
    lst.append("added")
data = []
print(mutate(data), data)
