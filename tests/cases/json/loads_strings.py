# String literals in JSON text: escapes, \u escapes, surrogate pairs and lone surrogates,
# non-ASCII text, and strict=False for control characters.
import json

cases = [r'"plain"', r'"a\"b"', r'"back\\slash"', r'"\/"', r'"\b\f\n\r\t"', r'"\u0041\u00e9\u4e2d"',
         r'"\ud83d\ude00"', r'"\uD83D\uDE00"', r'"\ud800"', r'"\udc00"', r'"\ud800x"', r'"\ud800\u0041"',
         r'"\udc00\ud800"', r'"\ud800\ud800\udc00"', r'"\u0000"', r'"\u00411"', '"caf\u00e9"', '"日本"', '"😀"',
         '"\x7f"', '"\u2028"']
for text in cases:
    value = json.loads(text)
    print(ascii(text), "->", ascii(value), len(value))
print(json.loads('{"k\\u00e9y": "v"}'))
print(json.loads('"tab\there"', strict=False) == "tab\there")
print(ascii(json.loads('["\x00\x1f", "\n"]', strict=False)))
for text in ['"tab\there"', '"nl\nx"', '"\x1f"']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
print(json.loads('"\\\\u0041"'))
s = "x" * 1000
print(json.loads('"' + s + '"') == s)
print(json.loads('"' + "\\n" * 5 + '"') == "\n" * 5)
