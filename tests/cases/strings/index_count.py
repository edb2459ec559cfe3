# index and rindex (find that raises) and count (non-overlapping, with windows).
s = "banana bandana"
print(s.index("an"), s.rindex("an"), s.index("an", 3), s.rindex("an", 0, 6), s.index("", 4), s.rindex(""))
for needle in ["a", "an", "ana", "nan", "", "band", "x", "banana bandana", "banana bandana!"]:
    print(repr(needle), s.count(needle), s.count(needle, 2), s.count(needle, 2, -2), s.count(needle, -5))
print("aaaa".count("aa"), "aaaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 4))
print("ñañaña".count("ña"), "ñañaña".count("ña", 1), "ñañaña".count(""), "😀😀😀".count("😀", -2))
print("abc".count("a", 2**70), "abc".count("a", -2**70), "abc".count("c", None, None), "abc".count("b", True))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(words.count("the"), " ".join(words).count("the"), " ".join(words).count("the", 5))
for needle, start in [("z", None), ("an", 12), ("a", -1)]:
    for name in ["index", "rindex"]:
        try:
            if name == "index":
                print(name, needle, s.index(needle, start))
            else:
                print(name, needle, s.rindex(needle, start))
        except ValueError as e:
            print(name, needle, type(e), e)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e), e)
attempt("index no args", lambda: s.index())
attempt("rindex int", lambda: s.rindex(3))
attempt("count no args", lambda: s.count())
attempt("count list", lambda: s.count(["a"]))
attempt("count float start", lambda: s.count("a", 1.0))
attempt("count too many", lambda: s.count("a", 1, 2, 3))
attempt("index keyword", lambda: s.index("a", start=1))
attempt("index window miss", lambda: s.index("b", 1, 7))
attempt("rindex window hit", lambda: s.rindex("b", 1, 8))
