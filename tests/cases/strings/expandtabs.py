# expandtabs: columns counted in code points, reset after \n and \r, any tab size.
samples = ["a\tb", "\t", "ab\tc\td", "abcdefgh\tx", "abcdefg\tx", "a\tb\nc\td", "a\tb\rcc\td", "no tabs", "", "\t\t", "é\tü\tx", "日本\t語"]
for s in samples:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr("x\ty".expandtabs(tabsize=3)), repr("x\ty".expandtabs(True)), repr("x\ty".expandtabs(False)))
table = "name\tqty\tprice\napple\t3\t1.25\nwatermelon\t1\t3.5"
print(table.expandtabs(12))
for line in table.splitlines():
    print("|" + line.expandtabs(6) + "|", len(line.expandtabs(6)))
print(str.expandtabs("a\tb", 2))
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e), e)
attempt("str size", lambda: "a\tb".expandtabs("4"))
attempt("float size", lambda: "a\tb".expandtabs(tabsize=4.0))
attempt("None size", lambda: "a\tb".expandtabs(None))
attempt("two args", lambda: "a\tb".expandtabs(4, 4))
attempt("bad keyword", lambda: "a\tb".expandtabs(size=4))
attempt("name and position", lambda: "a\tb".expandtabs(4, tabsize=4))
attempt("over C int", lambda: "a\tb".expandtabs(2**31))
attempt("under C int", lambda: "a\tb".expandtabs(-2**31 - 1))
attempt("min C int", lambda: "a\tb".expandtabs(-2**31))
attempt("huge", lambda: "a\tb".expandtabs(2**70))
