# str.format field access: attributes, indexes, keys, nested specs, and conversions on records.
user = {"name": "ana", "langs": ["py", "go"], "score": 91.256}
print("{0[name]} knows {0[langs][0]} and {0[langs][1]}".format(user))
print("{u[name]:>6}|{u[score]:^9.1f}|{u[langs]!r}".format(u=user))
print("{0.real}/{0.imag} {1.real:.2f}".format(7, 2.5))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "pi", w=8, p=3))
rows = [("id", "name", "score"), (1, "ana", 91.256), (22, "bo", 7.5)]
fmt = "{:>4} {:<6} {:>7}"
for r in rows:
    print(fmt.format(*(f"{v:.1f}" if isinstance(v, float) else v for v in r)))
print("{0}{1}{0}".format("<", ">"), "{}-{}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}))
print("{!s:>5}|{!r:>5}|{!a:>5}".format("é", "é", "é"))
for bad in ("{0[2]}", "{missing}", "{0.nope}", "{:d}", "{", "{0:{1}}"):
    try:
        print(bad.format([1], 2.5) if bad != "{0:{1}}" else bad.format(1, "z"))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
