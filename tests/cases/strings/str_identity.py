# Methods that change nothing return the same str object, as in CPython; others build new ones.
s = "already clean"
print(s.strip() is s, s.lstrip() is s, s.rstrip("x") is s, s.replace("zzz", "y") is s, s.replace("a", "b", 0) is s)
print(s.removeprefix("nope") is s, s.removesuffix("") is s, s.center(5) is s, s.ljust(13) is s, s.rjust(-1) is s)
print(s.zfill(3) is s, s.expandtabs() is s, s.translate({}) is s, s.split(",")[0] is s, s.partition("|")[0] is s)
print(s.rpartition("|")[2] is s, "".join([s]) is s, s.splitlines()[0] is s, s.rsplit(None, 0)[0] is s)
t = "  padded  "
print(t.strip() is t, t.strip() == "padded", t.replace(" ", "") == "padded", t.center(20) is t)
sep = "="
parts = "k=v".partition(sep)
print(parts, parts[1] is sep, "k=v".rpartition(sep)[1] is sep)
print(s.upper() is s, s.lower() == s, s.title() == "Already Clean", s.swapcase().swapcase() == s)
words = s.split()
print(words, words[0] is not s, " ".join(words) == s)
