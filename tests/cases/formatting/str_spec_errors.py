# Specs that are invalid for strings.
for spec in ["+", "-", " ", "z", "#", "=", "=10", "d", ",d", ",", "_", "x", "10.2f", "abc", ".", "0=5"]:
    try:
        print(repr(spec), "->", repr(format("text", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
