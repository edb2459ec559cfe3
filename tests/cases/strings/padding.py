# center, ljust and rjust: widths, fill characters (any one code point) and errors.
for s in ["", "a", "ab", "abc", "abcd", "ñandú", "日本", "😀"]:
    for width in [-1, 0, 3, 6, 7]:
        print(repr(s), width, repr(s.center(width)), repr(s.ljust(width)), repr(s.rjust(width)))
print(repr("x".center(4, "*")), repr("x".center(5, "*")), repr("xy".center(5, "*")), repr("xy".center(6, "*")))
print("title".center(20, "="), "|", "left".ljust(10, "."), "|", "right".rjust(10, "."))
print("é".center(5, "·"), "ok".ljust(6, "→"), "ok".rjust(6, "😀"), "日".center(4, "　"))
print(repr("abc".center(True)), repr("abc".ljust(False)), repr("a".rjust(2**40 * 0 + 3)))
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("kiwi", 100, 10.0)]
print("name".ljust(8) + "qty".rjust(5) + "price".rjust(8))
for name, qty, price in rows:
    print(name.ljust(8, ".") + str(qty).rjust(5) + str(price).rjust(8))
print(str.center("mid", 7, "-"), str.ljust("l", 3, "_"), str.rjust("r", 3, "_"))
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e), e)
attempt("two-char fill", lambda: "x".center(5, "ab"))
attempt("empty fill", lambda: "x".ljust(5, ""))
attempt("int fill", lambda: "x".rjust(5, 0))
attempt("None fill", lambda: "x".center(5, None))
attempt("str width", lambda: "x".center("5"))
attempt("float width", lambda: "x".ljust(5.0))
attempt("None width", lambda: "x".rjust(None))
attempt("no args", lambda: "x".center())
attempt("three args", lambda: "x".ljust(5, " ", " "))
attempt("keyword", lambda: "x".rjust(width=5))
attempt("huge width", lambda: "x".center(2**64))
attempt("huge negative", lambda: "x".ljust(-2**64))
attempt("too big", lambda: "x".rjust(2**62))
attempt("fill checked first", lambda: "x".center(1, "ab"))
