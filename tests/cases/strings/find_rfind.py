# find and rfind: windows with negative, huge and None bounds, empty needles, code-point indices.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("the"), s.rfind("the"), s.find("dog"), s.rfind("dog"))
for start in [None, 0, 5, -3, -100, 21, 22, 23, 100]:
    print(start, s.find("at", start), s.rfind("at", start), s.find("", start), s.rfind("", start))
for start, end in [(0, 5), (5, 10), (-10, -1), (10, 5), (None, 6), (4, None), (0, -100), (-2**70, 2**70)]:
    print(start, end, s.find("at", start, end), s.rfind("at", start, end), s.find("", start, end))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 4), "".find(""), "".find("", 1))
print("abc".find("c", True), "abc".find("a", False), "abc".rfind("b", 0, True + True))
u = "ñandú ñandú"
print(u.find("d"), u.rfind("d"), u.find("ú"), u.rfind("ñ"), u.find("ú", 5), u.rfind("ñ", 0, 6))
print("日本語のテキスト".find("テキスト"), "日本語のテキスト".rfind("語", -6), "😀a😀b".find("b"), "😀a😀b".rfind("😀"))
print("aaaa".find("aa"), "aaaa".rfind("aa"), "abcabc".find("cab"), "abcabc".rfind("abc", 1))
haystack = "x" * 50 + "needle" + "y" * 50
print(haystack.find("needle"), haystack.rfind("needle"), haystack.find("needle", 51), haystack.find("needle", 0, 55))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e), e)
attempt("int needle", lambda: s.find(1))
attempt("None needle", lambda: s.rfind(None))
attempt("str start", lambda: s.find("a", "1"))
attempt("float end", lambda: s.rfind("a", 0, 1.5))
attempt("no args", lambda: s.find())
attempt("four args", lambda: s.rfind("a", 0, 1, 2))
attempt("keyword", lambda: s.find(sub="a"))
attempt("window checked before needle", lambda: s.find(1, "x"))
attempt("rfind window first", lambda: s.rfind(None, 1.5))
