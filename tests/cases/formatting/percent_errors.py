# The errors of %-formatting, with CPython's messages.
cases = [("%s %s", (1,)), ("%s", ()), ("hello", 5), ("%d", "5"), ("%x", 1.5), ("%o", "7"), ("%f", "1.0"), ("%e", None),
         ("%d", [1]), ("%c", 1.5), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%y", 1), ("%y", ()), ("%é", 1), ("%", 1),
         ("ab%", ()), ("%-", ()), ("%5", 1), ("%.", 1), ("%.5", 1), ("%l", 1), ("%s %s %s", (1, 2)), ("%d %d", (1, 2, 3)),
         ("%d", float("inf")), ("%d", float("nan")), ("%.999999999999s", "a"), ("%99999999999999999999d", 1), ("%z", 1),
         ("%5%", ()), ("%\x1f", 1), ("%\x7f", 1), ("x %(a)s %d", {"a": 1}), ("%e", 10**400)]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e), e)
