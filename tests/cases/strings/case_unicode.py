# Case methods beyond ASCII: full mappings that change length, final sigma, titlecase digraphs.
samples = [
    "straße", "STRASSE", "ﬁnance ﬂow", "İstanbul", "ıi", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "σας ΣΑΣ",
    "ǆemal ǅ Ǆ", "ŉ", "ǰ", "ΐ", "Æsir œuvre", "ÿ", "ﬀ ﬃ ﬄ ﬅ ﬆ",
    "Ⅻ ⅻ", "ⓐⓑ Ⓐ", "𐐀𐐨", "ꭰꮿ", "Ꭰ", "Ａ full ｗｉｄｔｈ", "123 ١٢٣", "日本語", "😀 smile",
    "señor niño", "çà et là", "Ελληνικά", "Кириллица и ЁЖ", "ĳssel", "ǈubljana",
]
for s in samples:
    print(s, "|", s.upper(), "|", s.lower(), "|", s.casefold())
    print("   ", s.capitalize(), "|", s.title(), "|", s.swapcase())
    print("   ", len(s), len(s.upper()), len(s.lower()), len(s.casefold()))
print("ß".upper(), "ß".casefold(), "ß".capitalize(), "ß".title(), "ß".swapcase())
print("ΑΣ".lower(), "Α Σ".lower(), "ΑΣ.".lower(), "ΑΣ'Α".lower(), "Σ".lower(), "ΣΑ".lower())
print("MASSE".casefold() == "maße".casefold(), "Straße".lower() == "strasse", "ǅ".istitle())
print("hello wörld".title(), "ÉCOLE".capitalize(), "éCOLE".capitalize(), "ǆx".capitalize())
print("They're O'Brien's".title(), "ǳwon".title(), "i̇".upper(), "İ".lower().upper())
