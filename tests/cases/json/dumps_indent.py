# indent: ints, strings, zero and negative values, nested empty containers, sort_keys with indent.
import json

doc = {"name": "coil", "tags": ["json", "fast"], "meta": {"empty_list": [], "empty_dict": {}, "n": 3},
       "matrix": [[1, 2], [3, 4]]}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent="--"))
print(repr(json.dumps(doc, indent=0)))
print(repr(json.dumps(doc, indent=-3)))
print(repr(json.dumps(doc, indent="")))
print(json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("s", indent=2), json.dumps(7, indent=2))
print(json.dumps([[], {}], indent=3))
print(json.dumps({"a": [{"b": 1}, {"c": [True, None]}]}, indent=2, separators=(",", " = ")))
print(json.dumps([1, 2], indent=True))
print(json.dumps({"x": 1}, indent=False))
for bad in [2.0, [], "x" * 0]:
    try:
        print(repr(json.dumps([1], indent=bad)))
    except TypeError as e:
        print("TypeError", e)
print(json.dumps("top-level str ignores indent", indent=2.5))
try:
    json.dumps(5, indent=2.5)
except TypeError as e:
    print("TypeError", e)
