# prod(iterable, *, start=1): left-to-right products of anything that multiplies.
import math

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([2.5, 4]))
print(math.prod([], start=1.0), math.prod([2, 3], start=0.5), math.prod([2.0, 3], start=True), math.prod([], start=True))
print(math.prod([2 ** 62, 2 ** 62]), math.prod([1.5, 2, 10 ** 20]), math.prod([10 ** 30, 10 ** 30]))
print(math.prod(["a", 3]), math.prod([3, "ab"]), math.prod([2, 3], start=[1]), math.prod([], start=[]))
print(math.prod(x / 2 for x in range(1, 6)), math.prod([True, True, 5]), math.prod([-1] * 7))
print(math.prod([1e200, 1e200]), math.prod([1e-200, 1e-200]), math.prod([math.inf, 0]))
print(math.prod(range(1, 30)) == math.factorial(29))
for args, kwargs in [(([1], 2), {}), (([1],), {"foo": 3}), ((), {"iterable": [1]}), (([1],), {"start": 2, "foo": 3}),
                     ((5,), {}), (([{1: 2}, 3],), {}), (([1], ), {"iterable": 2}), ((), {})]:
    try:
        print(math.prod(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    math.prod([10 ** 400, 1.5])
except OverflowError as e:
    print("OverflowError", e)
