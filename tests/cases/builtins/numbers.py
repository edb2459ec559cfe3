# divmod, pow with a modulus, round (half to even, ndigits), bin, hex and oct.
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2 ** 70, 3)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, 100, 1000007), pow(3, -1, 7), pow(2.0, 0.5), pow(-8, 1 / 3) if False else pow(4, 0.5))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(2.675, 2), round(1.005, 2), round(123.456, -1))
print(round(12345, -2), round(12350, -2), round(12250, -2), round(-15, -1), round(7, 3), round(1e16), round(0.1 + 0.2, 10))
print(bin(10), bin(-10), hex(255), hex(-255), oct(8), oct(-8), bin(0), hex(2 ** 70))
for bad in [lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(2, 3, 0), lambda: round(float("nan")), lambda: round(float("inf")), lambda: hex(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
