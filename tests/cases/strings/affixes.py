# removeprefix and removesuffix: only an exact affix goes, once.
for s in ["test_case.py", "test_", "case.py", "", "testtest_x.pyy", "ñandú.txt"]:
    print(repr(s), repr(s.removeprefix("test_")), repr(s.removesuffix(".py")), repr(s.removeprefix("")), repr(s.removesuffix("")))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "abc".removeprefix("abc"), "abc".removesuffix("abcd"))
print("ñandú".removeprefix("ña"), "ñandú".removesuffix("dú"), "日本語".removeprefix("日本"), "😀x".removeprefix("😀"))
print("Mr. Smith".removeprefix("Mr. "), "Dr. Who".removeprefix("Mr. "), "data.tar.gz".removesuffix(".gz").removesuffix(".tar"))
urls = ["https://a.com/", "http://b.org", "c.net/"]
print([u.removeprefix("https://").removeprefix("http://").removesuffix("/") for u in urls])
print(str.removeprefix("xx-y", "xx-"), str.removesuffix("y-zz", "-zz"))
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e), e)
attempt("int prefix", lambda: "abc".removeprefix(1))
attempt("None suffix", lambda: "abc".removesuffix(None))
attempt("tuple prefix", lambda: "abc".removeprefix(("a",)))
attempt("no args", lambda: "abc".removeprefix())
attempt("two args", lambda: "abc".removesuffix("c", "b"))
attempt("keyword", lambda: "abc".removeprefix(prefix="a"))
