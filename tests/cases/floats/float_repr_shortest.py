# repr/str of floats: shortest round-tripping digits, exponent switch points, signed zero.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.00012345,
          -0.0, 5e-324, 1.7976931348623157e308, 2.0**0.5, 100.0, 1e22, 1e23, 9007199254740993.0]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
print([0.1 * i for i in range(1, 8)])
print(3.0, -3.0, 3.14159265358979, 1e100, 12345.678e-10)
print(str(1e16 - 1), str(1e16 + 2), 0.1 + 0.7, 1.1 * 3)
print(float(10**16), float(2**63), float(-(2**70)), float(10**22), float(10**23))
print((0.1).__repr__() if False else repr(0.3 - 0.1), repr(-1e-300 * 1e-300), repr(1e308 * 10))
