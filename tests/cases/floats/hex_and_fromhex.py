# float.hex() and float.fromhex(): exact hexadecimal round trips, CPython's layout, rounding to
# nearest even (subnormals too), and its errors.
values = [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e308, 5e-324, 2.0**-1022, 2.0**-1023, 1 / 3, 123456789.123,
          float("inf"), float("-inf"), float("nan"), 2.0**52 + 1, 1.7976931348623157e308]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back))

texts = ["0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0x1.fffffffffffff7ffp1023",
         " -0X1.8P+3 ", "inf", "-Infinity", "nan", "+nAn", "-nan", "1", "1.", ".8", "0x.8",
         "0x0p99999999999999", "0x1p-99999999999999999", "0x1.000000000000080p0",
         "0x1.000000000000180p0", "0x1.00000000000008000001p0", "00000000000000000000000001p0",
         "0x0.0000000000000000000000001p100", "1e5", "0x1.5p-1074", "abc", "-0x0p0", "+0x1p-1",
         "0x1P-0001", "\t0x1p1\n", "0x.0000000000001p-1022", "0x1.fffffffffffffp-1023",
         "0x1.ffffffffffffffp-1023", "0x7ff.8p-4", "0x1.00000000000017p0", "0X10P-4"]
for t in texts:
    v = float.fromhex(t)
    print(repr(t), repr(v), v.hex())

bad = ["0x", ".", "p1", "0x1p", "0x1p+", "1_0", "0xg", " 0x1 p1", "0x1.2.3", "infinit", "",
       "\u0661", "1\u3000", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1.0p99999999999999", "--1"]
for t in bad:
    try:
        print(repr(t), float.fromhex(t))
    except (ValueError, OverflowError) as e:
        print(repr(t), type(e).__name__, e)

print((2.5).fromhex("0x1p3"), float.fromhex("0x1p3") == 8.0)
for call in (lambda: float.fromhex(), lambda: float.fromhex("1", "2"), lambda: float.fromhex(s="1"),
             lambda: float.fromhex(None), lambda: (1.0).hex(1), lambda: float.hex(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(float.hex(1.0), sorted([0.5, 0.25, 1.0], key=float.hex))
