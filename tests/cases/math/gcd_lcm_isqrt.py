# gcd and lcm of any number of ints (big ones too), and isqrt.
import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-4, 6), math.gcd(0, -5), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2 ** 64, 2 ** 32 * 3), math.gcd(3 ** 100, 6 ** 50), math.gcd(True, 10))
print(math.lcm(), math.lcm(-7), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(3, 0, 4), math.lcm(2, 3, 4, 5))
print(math.lcm(2 ** 70, 3 ** 50), math.lcm(*range(1, 21)), math.lcm(True, 3))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, True]])
print(math.isqrt(10 ** 50), math.isqrt(2 ** 127), math.isqrt(10 ** 100 - 1), math.isqrt(2 ** 1000) == 2 ** 500)
n = 123456789 ** 3
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))
for name, args in [("gcd", (1.0,)), ("gcd", (2, "4")), ("lcm", (0, "a")), ("lcm", (1.5, 2)), ("isqrt", (-1,)),
                   ("isqrt", (2.0,)), ("isqrt", ("9",)), ("gcd", (0, None))]:
    try:
        print(getattr(math, name)(*args))
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
try:
    math.gcd(a=1)
except TypeError as e:
    print(e)
