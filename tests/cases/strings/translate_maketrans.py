# str.maketrans in its three forms and str.translate with dicts and other subscriptable tables.
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc cab".translate(table))
print(sorted(str.maketrans("ab", "AB", "xyz").items()), "axbycz".translate(str.maketrans("ab", "AB", "xyz")))
print(str.maketrans({"a": "1", "b": None, 99: "C", 100: 101}), "abcde".translate(str.maketrans({"a": "1", "b": None, 99: "C", 100: 101})))
print(str.maketrans("", ""), str.maketrans("", "", ""), str.maketrans({}))
print(str.maketrans("aa", "xy"), str.maketrans("ab", "xy", "a"), "".maketrans("q", "r"), "x".maketrans({"é": "e"}))
print(str.maketrans("αβ", "ab"), "αβγ".translate(str.maketrans("αβ", "ab")), "é😀".translate({233: "e", 0x1F600: ":)"}))
print("hello".translate({104: "J", 101: None, 108: "l", 111: 0x1F600}), "hello".translate({}), "abc".translate({97: ""}))
print("abc".translate({97: True, 98: False}) == "\x01\x00c", "xyz".translate({120: "long replacement "}))
print("abc".translate(["A", "B"]), "abc".translate("zzz"), "abc".translate(range(200)), "abc".translate({"a": "b"}))
print("\x00\x01\x02".translate(["zero", None, 50]), "AbC".translate({65: 97, 67: 99}))
punct = str.maketrans("", "", ".,!?;:")
print("Hello, world! How are you? Fine; thanks.".translate(punct))
leet = str.maketrans("aeiost", "431057")
print("leet speak is the best".translate(leet), "LEET".translate(leet))
rot13_from = "abcdefghijklmnopqrstuvwxyz"
rot13_to = "nopqrstuvwxyzabcdefghijklm"
rot = str.maketrans(rot13_from + rot13_from.upper(), rot13_to + rot13_to.upper())
print("Hello, World!".translate(rot), "Hello, World!".translate(rot).translate(rot))
long_text = "abc" * 100
print(len(long_text.translate({97: "aa", 98: None})), long_text.translate({99: "C"}).count("C"))
