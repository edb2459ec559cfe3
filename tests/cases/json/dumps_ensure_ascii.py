# ensure_ascii (default True): \uXXXX escapes, surrogate pairs beyond the BMP, DEL, control
# characters; ensure_ascii=False keeps non-ASCII text as it is.
import json

samples = ["café", "naïve résumé", "日本語", "emoji 😀 and 🎉", "\x00\x01\x1f", "\x7f", "tab\tnew\nline\r",
           "back\\slash", "quote\"s", "slash/", "\b\f", "\u2028\u2029", "\ud800", "x\udfffy", "\U0010ffff", "ÿ\u0100"]
for s in samples:
    print(json.dumps(s))
    print(ascii(json.dumps(s, ensure_ascii=False)))
print(json.dumps({"ключ": "значение"}))
print(ascii(json.dumps({"ключ": "значение"}, ensure_ascii=False)))
print(json.dumps(["😀"], ensure_ascii=True) == '["\\ud83d\\ude00"]')
print(len(json.dumps("😀")), len(json.dumps("😀", ensure_ascii=False)))
print(json.dumps("é" * 5, ensure_ascii=0))
print(json.dumps(["a", "é", "😀"], ensure_ascii=[]))
