# Method chains over multilingual text: indices count code points, not bytes.
texts = ["Grüße aus Köln", "Ελληνικά κείμενα", "Русский текст", "中文文本处理", "العربية", "emoji 😀 mix 🎉", "Ｆｕｌｌ　ｗｉｄｔｈ"]
for t in texts:
    words = t.split()
    print(len(t), len(words), t.upper(), t.lower(), t.swapcase())
    print("   ", t.find(" "), t.rfind(" "), t.count(" "), t.center(20, "~"), t.startswith(t.split()[0]))
    print("   ", "/".join(words), t.replace(" ", "_"), t.partition(" "), t.title())
s = "añb😀c"
print([s.find(ch) for ch in s], [s.rfind(ch) for ch in s], [s.index(ch, 1) for ch in "ñb😀c"])
print(s.split("😀"), s.rsplit("ñ"), s.center(9, "·"), s.ljust(7, "😀"), s.zfill(7), s.expandtabs())
print(s.strip("ac"), s.lstrip("a"), s.rstrip("c😀"), s.removeprefix("añ"), s.removesuffix("😀c"))
print(s.translate({0xF1: "n", 0x1F600: None}), s.startswith("ñ", 1), s.endswith("😀", 0, 4), s.count("", 2))
print(s.isalpha(), s.isprintable(), s.isidentifier(), s.isascii())
