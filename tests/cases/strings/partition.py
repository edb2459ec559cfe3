# partition and rpartition: always a 3-tuple, the separator kept, misses at the right end.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", "", "=", "a==b"]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"), "abc".rpartition("abcd"))
print("ñandú→ave".partition("→"), "日本語のテキスト".rpartition("の"), "😀x😀".partition("😀"), "😀x😀".rpartition("😀"))
header = "Content-Type: text/html; charset=utf-8"
name, sep, rest = header.partition(": ")
mime, _, params = rest.partition("; ")
print(name, "|", sep, "|", mime, "|", params, "|", params.partition("=")[2])
path = "/home/user/docs/report.final.pdf"
folder, _, filename = path.rpartition("/")
stem, dot, ext = filename.rpartition(".")
print(folder, filename, stem, dot, ext)
print("noext".rpartition("."), "noext".partition("."), ".hidden".rpartition("."))
print(str.partition("a-b", "-"), str.rpartition("a-b-c", "-"))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e), e)
attempt("empty", lambda: "abc".partition(""))
attempt("empty r", lambda: "abc".rpartition(""))
attempt("int", lambda: "abc".partition(1))
attempt("None", lambda: "abc".rpartition(None))
attempt("no args", lambda: "abc".partition())
attempt("two args", lambda: "abc".rpartition("a", "b"))
attempt("keyword", lambda: "abc".partition(sep="b"))
