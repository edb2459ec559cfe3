# Set displays print in table order, not insertion order.
print({3, 1, 2})
print({10, 3, 8})
print({100, 200, 300, 17, 33, 1})
print({5, 4, 3, 2, 1, 0})
print({-1, -2, -3})
print({8, 16, 24, 32, 40})
print({0, 64, 128, 1, 65})
print({2**40, 2**41, 7, 2**62, -2**63})
print({1000000007, 998244353, 12345678901234567890})
a = 9
b = 17
print({a, b, 1})
print({1, a, b})
print({b, a, 1})
print({a, a + 8, a + 16, a + 24, a + 32, a + 40})
print(set(range(10)))
print(set(range(20, 0, -3)))
print(set([31, 63, 95, 127, 159, 191]))
empty = set()
print(empty, len(empty), bool(empty), bool({0}))
for n in (1, 2, 5, 9, 19, 40):
    s = set()
    for i in range(n):
        s.add(i * 7 % 23)
    print(n, s)
