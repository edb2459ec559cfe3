# Decoder hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict.
import json

doc = '{"a": 1, "b": 2.5, "c": [NaN, Infinity, -Infinity, {"d": 4}], "e": {}, "a": 10}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda pairs: len(pairs), object_hook=lambda d: "unused"))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads(doc, parse_constant=lambda s: "C" + s))
print(json.loads("[1, 2.0, 3e2]", parse_int=float, parse_float=str))
print(json.loads("[12345678901234567890]", parse_int=str))
print(json.loads("[1, 2.5]", parse_int=None, parse_float=0, parse_constant=""))
order = []
def hook(d):
    order.append(sorted(d))
    return d
json.loads('{"outer": {"mid": {"inner": 1}, "other": {}}, "last": {"x": []}}', object_hook=hook)
print(order)
tagged = json.loads('[{"__type__": "point", "x": 1, "y": 2}, {"plain": true}]',
                    object_hook=lambda d: (d["x"], d["y"]) if d.get("__type__") == "point" else d)
print(tagged)
for kwargs in [{"parse_int": 5}, {"object_hook": 5}, {"object_pairs_hook": "x"}]:
    try:
        json.loads('{"a": 1}', **kwargs)
    except TypeError as e:
        print("TypeError", e)
def failing(s):
    raise ValueError("refused " + s)
try:
    json.loads("[1, 22]", parse_int=failing)
except ValueError as e:
    print("ValueError", e)
print(json.loads('"a\tb"', strict=False) == "a\tb", json.loads('"x"', strict=True))
try:
    json.loads('"a\tb"', strict=1)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.loads("[]", unknown_option=1)
except TypeError as e:
    print("TypeError", e)
