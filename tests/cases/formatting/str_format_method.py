# str.format: automatic numbering, manual indices and keywords.
print("{} + {} = {}".format(2, 3, 5))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{0} {who} {1}".format("hello", "again", who="world"))
print("{} {}".format("only", "used", "extra", "ignored"))
print("{{literal}} {{{}}} }}{{".format("x"))
print("".format(1, 2), "no fields".format(k=1))

# Specs and conversions, as in f-strings.
print("{:>8.3f}|{:<6}|{:^7}|{:,}".format(3.14159, "ab", "mid", 1234567))
print("{0!r} {0!s} {0!a} {1!r:>6}".format("é", 7))
print("{:%} {:.1%} {:e}".format(0.25, 0.125, 12345.0))
print("{:#x} {:#o} {:#b} {:c}".format(255, 8, 5, 9731))

# Repeating an index reuses the same argument.
line = "{0:-^20}\n{1:<10}{2:>10}\n{0:-^20}"
print(line.format("", "item", "price"))

# Non-ASCII templates.
print("Ω {0} ∑ {1} → {0}".format("α", "β"))
print("{٠} {١}".format("zero", "one"))
