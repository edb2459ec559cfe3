# Malformed documents: JSONDecodeError's message, msg, pos, lineno and colno for each kind of error.
import json

bad = ["", "   ", "[", "]", "{", '{"a"', '{"a":', '{"a": 1', '{"a": 1,', '{"a": 1,}', "[1,]", "[1 2]", '{"a" 1}', "{1: 2}",
       '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\\ud800\\u12"', '"\\ud800\\udc0', '"a\nb"', "1 2", "01", "-",
       "-a", "1.", "1.e5", "1e", "1e+", "nul", "tru", "fals", "nan", "-Inf", "[1,\n 2,\n x]", '\n\n  {"a": tru}',
       '"éé" x', "[é]", '{"a":1}}', "[-]", "[.5]", "[+1]", "'single'", '{"a":1 "b":2}', "[1,,2]", "{,}", '{"a",}',
       "\ufeff[1]", "[1, 2", '{"a": {"b": [1, {"c":', "true false", "[1]]", "  \n  x"]
for text in bad:
    try:
        json.loads(text)
        print("no error for", ascii(text))
    except json.JSONDecodeError as e:
        print(ascii(text), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == text)
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    json.loads("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads("[-" + "1" * 4301 + "]")
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads("1" * 4300) % 1000)
for not_text in [5, None, 1.5, [1], {"a": 1}]:
    try:
        json.loads(not_text)
    except TypeError as e:
        print("TypeError", e)
