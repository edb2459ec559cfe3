# Invalid specs for floats.
for spec in ["d", "s", "c", "x", "b", "é", ",x", "_x", ",c", ".", "abc", ".2147483648f", "=z", "10.2.3f"]:
    try:
        print(repr(spec), "->", repr(format(2.5, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# An int too large for a float cannot take a float presentation type.
for spec in ["f", "e", "g", "%"]:
    try:
        print(format(2**1100, spec))
    except OverflowError as e:
        print(spec, "OverflowError:", e)
