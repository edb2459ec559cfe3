# Number theory helpers with math.gcd/lcm/isqrt/comb: primes, perfect squares, fractions by hand.
import math
def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))

def reduce_fraction(a, b):
    g = math.gcd(a, b)
    return a // g, b // g

print([n for n in range(60) if is_prime(n)])
print([n for n in range(200) if math.isqrt(n) ** 2 == n][-5:], math.isqrt(10**40 + 1))
print(reduce_fraction(84, 126), reduce_fraction(-15, 35), math.gcd(0, 0), math.gcd(12, 18, 30), math.lcm(4, 6, 10))
print([math.comb(10, k) for k in range(11)], math.perm(5, 2), math.factorial(20))
def prime_factors(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print({n: prime_factors(n) for n in (360, 97, 1001, 2**10 * 3)})
print(sum(1 for a in range(1, 30) for b in range(a, 30) if math.gcd(a, b) == 1), math.lcm(*range(1, 21)))
