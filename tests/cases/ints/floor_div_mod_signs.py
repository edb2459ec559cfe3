# Floor division and modulo follow the sign of the divisor, for small and big ints.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (10**20, 7), (-(10**20), 7), (10**20, -(10**9 + 7))]
for a, b in pairs:
    q, r = a // b, a % b
    assert q * b + r == a
    print(f"{a} // {b} = {q}; {a} % {b} = {r}; divmod = {divmod(a, b)}")
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print((2**64) // (2**32), (2**64 + 5) % (2**32), -(2**64) // 3, -(2**64) % 3)
for a, b in [(1, 0), (10**30, 0), (0, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
print(7 / 2, -7 / 2, 10**20 / 10**10, 1 / 3)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
