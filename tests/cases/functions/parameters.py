# Defaults, keyword arguments, *args and keyword-only parameters.
def describe(a, b=2, *rest, flag=False, label="x"):
    return (a, b, rest, flag, label)

print(describe(1))
print(describe(1, 3))
print(describe(1, 3, 5, 7))
print(describe(1, flag=True))
print(describe(a=9, b=8, label="y"))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, 3), pos_only(1, 2, c=10))
