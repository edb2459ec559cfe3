# The is-predicates beyond ASCII: digits of other scripts, numerics, letters, spaces, printability.
samples = [
    "١٢٣", "०१२", "３", "²³", "①②", "½¾", "Ⅷ", "〇", "二十", "𝟘𝟙", "٣.٥",
    "café", "naïve", "日本語", "ß", "ǅ", "Ǆ", "ǆ", "Σίσυφος", "ΣΙΣΥΦΟΣ", "ﬁ", "Ⅻ", "ⓐ", "Ⓐ",
    "\xa0", "\u2003", "\u3000", "\x85", "\u200b", "\u2028", "\ufeff",
    "é\u0301", "\u0301", "a\u0301", "😀", "\ud800", "\U0010ffff", "\u00ad", "µ", "ª", "º",
    "Éclair Été", "Ǆungla", "ǅungla", "x²", "变量", "_变量1", "१var", "a·b", "℘", "℮", "·a",
]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isascii(), s.isidentifier())
print("ünïcödé".isascii(), "plain".isascii(), "\x7f".isascii(), "\x80".isascii())
print("٣".isdecimal() and "٣".isdigit() and "٣".isnumeric(), "²".isdecimal(), "½".isdigit())
