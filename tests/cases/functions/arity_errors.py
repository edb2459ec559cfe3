# CPython's messages for calls that do not match the parameters.
def f(a, b, c=3, *, d):
    return a

calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, e=2),
    lambda: f(1, 2, a=1, d=2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)

def g(x, /):
    return x

try:
    g(x=1)
except TypeError as e:
    print(e)
