# float methods: is_integer, as_integer_ratio (exact), conjugate, and real/imag.
for x in [0.0, -0.0, 1.0, 2.5, -0.75, 0.1, 1e16, 1e300, 5e-324, 3.0000000000000004, 2.0**60]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d.bit_length())
print(float("inf").is_integer(), float("nan").is_integer(), float.is_integer(7.0))
for bad in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
            lambda: (1.5).is_integer(2), lambda: float.is_integer(7), lambda: (1.5).numerator):
    try:
        bad()
    except (OverflowError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
prices = [19.99, 5.0, 7.5, 100.0]
print([p for p in prices if p.is_integer()], [int(p) if p.is_integer() else p for p in prices])
