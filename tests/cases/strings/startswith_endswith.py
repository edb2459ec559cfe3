# startswith and endswith: one str or a tuple of them, with start/end windows.
name = "report_2024_final.csv"
print(name.startswith("report"), name.endswith(".csv"), name.startswith("final"), name.endswith(".txt"))
print(name.endswith((".csv", ".tsv")), name.endswith((".json", ".xml")), name.startswith(()), name.endswith(("",)))
print(name.startswith("2024", 7), name.startswith("2024", 7, 10), name.endswith("final", 0, -4), name.endswith("2024", 0, 11))
for start, end in [(None, None), (0, 0), (-4, None), (100, None), (None, -100), (3, 2), (-2**70, 2**70)]:
    print(start, end, name.startswith("", start, end), name.endswith("", start, end), name.startswith("r", start, end), name.endswith("v", start, end))
print("".startswith(""), "".endswith(""), "".startswith("", 1), "abc".endswith("", 3), "abc".endswith("", 4))
print("ñandú".startswith("ñ"), "ñandú".endswith("dú"), "ñandú".startswith("and", 1), "ñandú".endswith("and", 0, 4))
print("日本語".startswith(("中", "日")), "😀 hi".startswith("😀"), "hi 😀".endswith(("😀", "x"), 3))
urls = ["https://example.com", "http://test.org", "ftp://files.net", "mailto:someone"]
for url in urls:
    print(url, url.startswith(("http://", "https://")), url.endswith((".com", ".org")))
print("abc".startswith(("a", 1)), "abc".endswith(("c", None)), "abc".startswith("b", True), "abc".endswith("a", 0, True))
print(str.startswith("prefix-rest", "prefix"), str.endswith("x.py", (".py", ".pyi")))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e), e)
attempt("int", lambda: "abc".startswith(1))
attempt("list", lambda: "abc".endswith(["c"]))
attempt("None", lambda: "abc".startswith(None))
attempt("tuple with int", lambda: "abc".startswith(("x", 1)))
attempt("tuple with None", lambda: "abc".endswith((None, "c")))
attempt("nested tuple", lambda: "abc".endswith((("c",),)))
attempt("bad start", lambda: "abc".startswith("a", "0"))
attempt("bad end", lambda: "abc".endswith("c", 0, 2.0))
attempt("no args", lambda: "abc".startswith())
attempt("too many", lambda: "abc".endswith("c", 0, 3, 4))
attempt("keyword", lambda: "abc".startswith(prefix="a"))
