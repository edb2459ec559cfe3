# Ints rendered in reports: padding, signs, bases, grouping, and parsing them back.
ids = [7, 42, 1234, 99999, -5]
for i in ids:
    print(f"{i:05d}|{i:>6}|{i:<6}|{i:^7}|{i:+d}|{i: d}|{i:,}|{i:x}|{i:#06x}|{i:o}|{i:b}")
print(str(1234).zfill(8), str(-42).zfill(6), "%05d" % 42, "%-5d|" % 3, "%+d" % 0, "%x" % 255, "%#o" % 8)
codes = ["0042", "-7", "+13", "1_000", " 99 "]
print([int(c) for c in codes], sum(int(c) for c in codes))
print(int("ff", 16) == 0xff == 255, int("777", 8), int("1010", 2), int("zz", 36), int("0b11", 0))
amount_cents = 123456789
dollars, cents = divmod(amount_cents, 100)
print(f"${dollars:,}.{cents:02d}", f"{amount_cents / 100:,.2f}")
print(len(str(2**1000)), str(10**20)[::5], int("9" * 20) // 10**10)
print(format(255, "b").count("1"), format(-255, "#x"), format(10**15, "_d"), format(0, "+"), format(3, "3"))
