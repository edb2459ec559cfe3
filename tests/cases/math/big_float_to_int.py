# Floats too big for 64 bits become exact big ints through floor/ceil/trunc, and back.
import math

for e in [52, 53, 63, 64, 100, 500, 1023]:
    x = 2.0 ** e + 2.0 ** (e - 52)
    f = math.floor(x)
    print(e, f, f == x, float(f) == x, math.trunc(-x) == -f, math.ceil(x) - f)
print(math.floor(1.7976931348623157e308) == int(1.7976931348623157e308))
print(math.ceil(-1e300) % 1000, math.floor(1e22), math.trunc(123456789012345678.9))
print(math.floor(2.0 ** 47), math.floor(-2.0 ** 47), math.floor(2.0 ** 47 - 0.5), math.ceil(-2.0 ** 47 + 0.5))
print(math.isqrt(math.floor(1e30)), math.log2(math.ceil(2.0 ** 200)), math.gcd(math.floor(1e20), 10 ** 18))
print(type(math.floor(1e300)).__name__, len(str(math.floor(1e300))), len(bin(math.floor(2.0 ** 1000))))
