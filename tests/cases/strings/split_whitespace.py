# str.split() and rsplit() with no separator: runs of any Unicode whitespace, no empty pieces.
samples = [
    "the quick  brown\tfox",
    "   leading and trailing   ",
    "",
    "   ",
    "one",
    "tabs\tand\nnewlines\r\nmixed\x0bvt\x0cff",
    "info\x1cfile\x1dgroup\x1erecord\x1funit",
    "nbsp\xa0is\u2003space\u3000ideographic\x85nel",
    "naïve café  über",
]
for s in samples:
    print(repr(s), s.split(), s.rsplit())
    print("  maxsplit 1:", s.split(None, 1), s.rsplit(None, 1))
    print("  maxsplit 0:", s.split(maxsplit=0), s.rsplit(maxsplit=0))
line = "  alpha beta   gamma delta  "
for n in range(-1, 5):
    print(n, line.split(maxsplit=n), line.rsplit(maxsplit=n))
print(line.split(None), line.split(sep=None), line.split(None, -7))
print("a b c".split(maxsplit=True), "a b c".rsplit(maxsplit=False))
print("x y".split(maxsplit=2**40), "x y".rsplit(None, 2**40))
words = "  Größe  Maß\u2009Fuß ".split()
print(words, len(words), [len(w) for w in words])
