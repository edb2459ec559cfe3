# zfill: zeros after a leading sign, any width, non-digit text too.
for s in ["42", "-42", "+42", "", "-", "+", "3.14", "-0.5", "abc", "-abc", "--1", "+-1", "١٢", "-١٢", "ñ", "😀"]:
    print(repr(s), [s.zfill(w) for w in [-3, 0, 1, 2, 3, 5, 8]])
print("7".zfill(True), "7".zfill(False), "12345".zfill(3), "-1".zfill(2), "-1".zfill(3))
ids = [7, 42, 1234, -5]
print([str(i).zfill(4) for i in ids], sorted([str(i).zfill(4) for i in ids if i >= 0]))
print(str.zfill("9", 3))
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e), e)
attempt("no args", lambda: "1".zfill())
attempt("two args", lambda: "1".zfill(3, 4))
attempt("str width", lambda: "1".zfill("3"))
attempt("float width", lambda: "1".zfill(3.0))
attempt("keyword", lambda: "1".zfill(width=3))
attempt("huge", lambda: "1".zfill(2**70))
attempt("too big", lambda: "1".zfill(2**62))
attempt("negative huge", lambda: "1".zfill(-2**70))
