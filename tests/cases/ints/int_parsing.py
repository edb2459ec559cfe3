# int() from strings: bases, prefixes, underscores, whitespace, signs and error messages.
good = ["42", "  -17  ", "+8", "0", "000", "1_000_000", "0x1F", "0o17", "0b1011", "١٢٣"]
for s in good:
    try:
        print(repr(s), "->", int(s, 0) if s.startswith("0") and len(s) > 1 and s[1] in "xob" else int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int("ff", 16), int("FF", 16), int("z", 36), int("0x10", 16), int("10", 2), int("-0b101", 0))
print(int("1_0", 0), int("0_7", 8), int(" 12\n"), int("\t-0\t"))
bad = ["", " ", "1.5", "1__0", "_1", "1_", "0x", "12abc", "0b102", "--1", "1e3", "00x1"]
for s in bad:
    try:
        int(s)
        print("parsed?", s)
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("12", 1), ("12", 37), ("9", 8), ("010", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(True), int(-2.9), int(1e20), int("9" * 30) + 1)
