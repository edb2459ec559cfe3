# Invalid specs for ints raise CPython's exact errors.
specs = ["abc", ".2", "z", "+c", "#c", ",c", ",s", "_s", ",n", "_,", ",_", ",,", "__", ".", ".x",
         "99999999999999999999", "s", "r", "j", "é", ">>5", "10.", "5.5d", "#.1x"]
for spec in specs:
    try:
        print(repr(spec), "->", repr(format(12, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# 'c' needs a code point in range(0x110000).
for v in [-1, 0x110000, 2**70]:
    try:
        print(format(v, "c"))
    except OverflowError as e:
        print("OverflowError:", e)

# Float presentation types convert the int first.
try:
    print(format(10**400, "e"))
except OverflowError as e:
    print("OverflowError:", e)

# bool errors name bool.
try:
    format(True, "q")
except ValueError as e:
    print(e)
