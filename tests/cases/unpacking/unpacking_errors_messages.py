# Unpacking errors: too many, too few, non-iterables, and star targets, with CPython's messages.
cases = [
    lambda: exec_unpack2([1, 2, 3]),
    lambda: exec_unpack2([1]),
    lambda: exec_unpack2(5),
    lambda: exec_unpack2("abc"),
    lambda: exec_star_two([1]),
    lambda: exec_unpack2({"a": 1, "b": 2, "c": 3}),
    lambda: exec_unpack2(x for x in range(5)),
    lambda: exec_unpack2(None),
]
def exec_unpack2(value):
    a, b = value
    return a, b
def exec_star_two(value):
    a, b, *rest = value
    return a, b, rest
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(exec_unpack2({"a": 1, "b": 2}), exec_unpack2(range(2)), exec_star_two("abcd"), exec_star_two((1, 2)))
