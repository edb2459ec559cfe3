# Long inputs: every method stays linear (hostile needles, many pieces, long joins).
n = 200000
a = "a" * n
print(a.find("a" * 1000 + "b"), a.rfind("b" + "a" * 1000), a.count("aa"), a.count("a" * 1000 + "b"))
print(len(a.replace("a", "bc")), len(a.replace("aa", "")), a.replace("a", "b", 3).find("a"))
csv = ",".join(["field"] * n)
pieces = csv.split(",")
print(len(csv), len(pieces), len(csv.rsplit(",", 5)), csv.rsplit(",", 2)[0].count(","))
spaced = " x " * n
print(len(spaced.split()), len(spaced.strip()), len(spaced.lstrip()), len(spaced.rstrip()))
lines = "line\n" * n
print(len(lines.splitlines()), len(lines.splitlines(True)), lines.rpartition("\n")[0].count("\n"))
mixed = "é😀x" * (n // 10)
print(len(mixed), len(mixed.upper()), mixed.find("x", 1000), mixed.rfind("é", 0, 5000), mixed.count("😀"))
print(len(mixed.center(len(mixed) + 11, "·")), mixed.translate({0xE9: "e"}).count("e"), len(mixed.split("😀")))
print(a.startswith("a" * n), a.endswith("a" * (n + 1)), len(a.expandtabs()), len("\t".join(["ab"] * 1000).expandtabs(4)))
print(len("".join([str(i) for i in range(20000)])), len("-".join("x" * n)), a.isalpha(), mixed.isalpha())
