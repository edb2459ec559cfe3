# comb and perm: exact binomials and falling factorials, including huge n and k.
import math

print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(0))
print(math.comb(100, 50), math.perm(30, 20), math.comb(True, True), math.perm(True, True))
print(math.comb(2 ** 70, 2), math.comb(2 ** 70, 2 ** 70 - 1), math.perm(2 ** 70, 2), math.perm(2 ** 70, 0))
print(math.comb(10 ** 20, 10 ** 20 - 3), math.perm(5, 2 ** 70), math.perm(2 ** 70, 2 ** 70 + 1), math.comb(5, 2 ** 80))
print(math.comb(6000, 3000) % 1000000007, math.comb(10000, 4097) % 998244353, math.perm(2000, 1000) % 1000003)
print(sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
print(all(math.comb(n, k) == math.comb(n - 1, k - 1) + math.comb(n - 1, k) for n in range(1, 30) for k in range(1, n)))
for args in [(-1, 2), (5, -1), (-1, -1), (5.0, 2), (5, 2.0), ("5", 2), (2 ** 70, 2 ** 69), (5,), (1, 2, 3)]:
    try:
        print(math.comb(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print("comb", type(e).__name__, e)
for args in [(-1,), (-5, 2), (5, -1), (2 ** 64, 2 ** 64), (5.0,), (5, "2"), (), (1, 2, 3)]:
    try:
        print(math.perm(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print("perm", type(e).__name__, e)
try:
    math.comb(n=5, k=2)
except TypeError as e:
    print(e)
