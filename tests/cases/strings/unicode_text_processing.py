# Unicode text: lengths in code points, slicing, case, sorting and predicates on mixed scripts.
words = ["naïve", "Ærø", "日本語", "straße", "İstanbul", "😀smile", "ΣΊΣΥΦΟΣ", "ﬁne"]
for w in words:
    print(f"{w:<10}|{len(w):>2} {w.upper():<12} {w.lower():<12} {w[::-1]} {w.isalpha()} {w[:2]!a}")
print(sorted(words))
print(sorted(words, key=str.casefold))
print("é".encode is not None if hasattr("", "encode") else "no encode", "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
text = "Ceci est un café. 東京は大きい。Ünïcödé!"
print([ch for ch in text if not ch.isascii()], sum(ch.isalpha() for ch in text))
print(text.split(), text.count("é"), text.find("東京"), text[-8:], text.replace("é", "e"))
print("١٢٣".isdigit(), "١٢٣".isdecimal(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "Ⅷ".isnumeric())
print("\u00e9" == "e\u0301", len("e\u0301"), "café".center(9, "·"), "→".join("abc"))
