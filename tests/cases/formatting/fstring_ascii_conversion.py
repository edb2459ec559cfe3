# The !a conversion: ascii() of the value.
values = ["plain", "café", "naïve", "日本語", "emoji \U0001F680", "\x00\x7f", ["ünïcode", 1], ("é",), {"clé": "valeur"}, 3.5, None, True]
for v in values:
    print(f"{v!a}")
    print(f"[{v!a:>20}]")

# !a next to !r and !s.
s = "Ångström"
print(f"{s!s} {s!r} {s!a}")
print("{0!s} {0!r} {0!a}".format(s))
print("%s %r %a" % (s, s, s))
