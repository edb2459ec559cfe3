# strip, lstrip and rstrip: Unicode whitespace by default, or any of the given characters.
samples = ["  hello  ", "\t\n text \r\n", "", "   ", "no-space", "\u3000full width\u3000", "\x85nel\xa0", "\x1c\x1fx\x1e"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("<<[tag]>>".strip("<>[]")), repr("www.example.com".strip("cmowz.")))
print(repr("  spaced  ".strip(None)), repr("  spaced  ".lstrip(None)), repr("  spaced  ".rstrip(None)))
print(repr("abc".strip("")), repr("aaa".strip("a")), repr("abcba".strip("ab")), repr("abc".strip("xyz")))
print(repr("ññholañ".strip("ñ")), repr("«quoted»".strip("«»")), repr("😀smile😀😀".rstrip("😀")))
print(repr("été".strip("é")), repr("été".lstrip("éa")), repr("éaté".rstrip("té")))
print(repr("12.500".rstrip("0")), repr("12.000".rstrip("0").rstrip(".")), repr("0042".lstrip("0")))
print(repr("path/to/dir///".rstrip("/")), repr("--flag".lstrip("-")), repr("  \t mixed \t  ".strip(" ")))
print(repr("line\n".rstrip("\n")), repr("line\r\n".rstrip("\r\n")), repr("\n\nline".lstrip()))
lines = ["  first  ", "second\n", "\tthird\t"]
print([line.strip() for line in lines], [line.strip(" \t") for line in lines])
print(str.strip("  unbound  "), str.rstrip("xyx", "x"), str.lstrip("yxy", "y"))
for bad in [1, ["x"], 2.5]:
    for name in ["strip", "lstrip", "rstrip"]:
        try:
            if name == "strip":
                " x ".strip(bad)
            elif name == "lstrip":
                " x ".lstrip(bad)
            else:
                " x ".rstrip(bad)
        except TypeError as e:
            print(name, e)
try:
    " x ".strip(" ", "x")
except TypeError as e:
    print(e)
try:
    " x ".rstrip(chars=" ")
except TypeError as e:
    print(e)
