# Numeric builtins across ints, floats and bools: abs, divmod, pow, round, hex/oct/bin.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2**80)), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(True, 2), divmod(2**70, 3**20))
print(pow(2, 10), pow(2.0, -2), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(7, 2, 5), pow(2, 0), pow(0.0, 0))
print(round(3.14159, 3), round(-2.5), round(1234, -2), round(0.5), round(1.5), round(True))
print(hex(255), oct(-8), bin(5), hex(2**65), bin(-(2**10)), oct(0))
for bad in (lambda: abs("x"), lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(2, 3, 0),
            lambda: pow(2.0, 3, 5), lambda: hex(1.5), lambda: round("1"), lambda: pow(0, -1), lambda: pow(0.0, -1)):
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
