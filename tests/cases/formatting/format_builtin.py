# The format() builtin: one or two positional arguments, the spec must be a str.
print(format(5), format(5, ""), format("x"), format(2.5), format(2.5, "08.3f"), format(-3, "+d"))
for args in [(), (1, "", 3)]:
    try:
        format(*args)
    except TypeError as e:
        print("TypeError:", e)
for spec in [2, None, 3.5, ["x"]]:
    try:
        format(1, spec)
    except TypeError as e:
        print("TypeError:", e)
try:
    format(1, format_spec="x")
except TypeError as e:
    print("TypeError:", e)

# ascii(): repr() with non-ASCII characters escaped.
for v in ["plain", "héllo", "日本", "\U0001F600", "tab\there", ["é", ("ü", "x")], {"ß": 1}, 3, None]:
    print(ascii(v))
try:
    ascii()
except TypeError as e:
    print("TypeError:", e)
