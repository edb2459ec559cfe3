# str.replace: all occurrences or the first count, empty old strings, non-ASCII text and errors.
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
for count in [-5, -1, 0, 1, 2, 3, 4, 5, 100]:
    print(count, s.replace("fish", "🐟", count))
print("aaaa".replace("a", "b"), "aaaa".replace("aa", "b"), "aaaaa".replace("aa", "xyz"))
print(repr("".replace("", "x")), repr("".replace("a", "x")), repr("abc".replace("", "-")))
print("abc".replace("", "-", 0), "abc".replace("", "-", 2), "abc".replace("", "-", 10))
print("héllo wörld".replace("ö", "o"), "héllo".replace("", "|"), "日本日本".replace("日", "月", 1))
print("tab\tseparated\tvalues".replace("\t", ","), "crlf\r\nline\r\n".replace("\r\n", "\n"))
print("abc".replace("abc", ""), "abcabc".replace("abc", "", 1), "ab".replace("abc", "x"))
print("a.b.c".replace(".", "..."), "x".replace("x", "x" * 3), "mississippi".replace("ss", "SS"))
print("nothing here".replace("zzz", "y"), "case".replace("C", "k"), "Case".replace("C", "k"))
print("a-b-c".replace("-", " ", True), "a-b-c".replace("-", " ", False))
template = "Dear {name}, your order {id} ships {when}."
for key, val in [("{name}", "Zoë"), ("{id}", "#42"), ("{when}", "today")]:
    template = template.replace(key, val)
print(template)
print(str.replace("a+b", "+", " plus "))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e), e)
attempt("one arg", lambda: "abc".replace("a"))
attempt("four args", lambda: "abc".replace("a", "b", 1, 2))
attempt("int old", lambda: "abc".replace(1, "b"))
attempt("None new", lambda: "abc".replace("a", None))
attempt("str count", lambda: "abc".replace("a", "b", "1"))
attempt("float count", lambda: "abc".replace("a", "b", 1.0))
attempt("huge count", lambda: "abc".replace("a", "b", 2**63))
attempt("keyword count", lambda: "abc".replace("a", "b", count=1))
