# Slicing non-ASCII strings by code points, not bytes.
s = "héllo wörld ✓ 日本語 😀!"
print(len(s), s[1:4], s[6:11], s[12:13], s[14:17], s[18:19], s[-1:])
print(s[::-1])
print(s[::2], s[1::3], s[::-4])
print(s[-5:], s[:-5], s[-100:2], s[17:100])
e = "😀😃😄😁😆😅"
print(e[1:3], e[::-1], e[::2], e[-2:], len(e[2:]), e[4:1:-1])
mixed = "aé" * 5
print(mixed[::2], mixed[1::2], mixed[3:7], mixed[7:3:-1])
accents = "e\u0301a\u0300"
print(len(accents), accents[1:2] == "\u0301", accents[::-1] == "\u0300a\u0301e")
cjk = "中文字符串测试"
for i in range(len(cjk)):
    print(i, cjk[i:], cjk[:i][::-1])
greek = "αβγδεζηθ"
print(greek[2:5], greek[::-3], greek[5:1:-2])
print([w[0:1] + w[-1:] for w in ["ünïcödé", "ascii", "ß", ""]])
