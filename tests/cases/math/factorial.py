# factorial of ints of any size, with CPython's errors for floats, negatives and huge arguments.
import math

print([math.factorial(n) for n in range(0, 15)])
print(math.factorial(20), math.factorial(21), math.factorial(25), math.factorial(True))
f100 = math.factorial(100)
print(f100, len(str(f100)), f100 % (10 ** 24))
print(len(str(math.factorial(1000))), math.factorial(1000) // math.factorial(998))
print(math.factorial(500) == math.prod(range(1, 501)))
n = math.factorial(3000)
trailing = 0
while n % 10 == 0:
    n //= 10
    trailing += 1
print(trailing)
for bad in [-1, -2 ** 70, 5.0, 5.5, "5", None, 2 ** 63, 2 ** 64]:
    try:
        print(math.factorial(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.factorial()
except TypeError as e:
    print(e)
try:
    math.factorial(n=5)
except TypeError as e:
    print(e)
