# ord/chr round trips, ascii() and repr() of text with quotes, escapes and non-ASCII characters.
for ch in ["A", "z", "0", " ", "é", "€", "😀", "\n", "\t", "\x00"]:
    print(ord(ch), repr(ch), ascii(ch), chr(ord(ch)) == ch)
print([chr(c) for c in range(65, 70)], "".join(chr(ord(c) + 1) for c in "HAL"))
texts = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "line\nbreak", "naïve café", "\u200b", "\x7f"]
for t in texts:
    print(repr(t), ascii(t), len(t))
print(repr(["é", 'a"b', "c'd"]), ascii({"ключ": "значение"}), str(["\n"]))
for bad in (lambda: ord(""), lambda: ord("ab"), lambda: chr(-1), lambda: chr(0x110000), lambda: ord(5), lambda: chr("a")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
