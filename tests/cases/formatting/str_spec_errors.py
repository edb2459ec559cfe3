# Specs that are invalid for strings, and the order in which CPython checks them.
for spec in ["+", "-", " ", "z", "#", "=", "=10", "d", ",d", ",", "_", "x", "10.2f", "abc", ".", "0=5"]:
    try:
        print(repr(spec), "->", repr(format("text", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# The type is checked before the flags, the flags in the order sign, z, #, '='.
for spec in ["+d", "+#", "z#", "#=", "+z#=5", " =", "=^5"]:
    try:
        print(repr(spec), "->", repr(format("text", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# The same errors through str.format and f-strings.
try:
    print("{:+}".format("x"))
except ValueError as e:
    print("str.format:", e)
word = "x"
try:
    print(f"{word:#>5}", f"{word:#5}")
except ValueError as e:
    print("f-string:", e)
