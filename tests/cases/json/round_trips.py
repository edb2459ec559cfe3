# dumps then loads gives back an equal value (tuples become lists, non-str keys become strs),
# under every combination of the formatting options.
import json

values = [None, True, 0, -5, 2**80, 1.25, -0.0, 1e-310, "", "é😀\n\"", [], {}, [1, [2, [3, []]]],
          {"a": {"b": {"c": [None, False, 1.5]}}}, (1, (2, 3)), {"k": ("t", "u")}, {1: "one", 2.5: "x", 3: "n"}, {None: "n"}, {True: "t", False: "f"},
          [float("inf"), float("-inf")], ["\ud83d\ude00", "\ud800"]]
option_sets = [{}, {"indent": 2}, {"sort_keys": True}, {"separators": (",", ":")}, {"ensure_ascii": False},
               {"indent": "\t", "sort_keys": True, "ensure_ascii": False}]
for value in values:
    texts = set()
    for options in option_sets:
        text = json.dumps(value, **options)
        back = json.loads(text)
        texts.add(json.dumps(back, sort_keys=True))
    print(ascii(json.dumps(value)), "->", ascii(json.loads(json.dumps(value))), len(texts))
nan_back = json.loads(json.dumps(float("nan")))
print(nan_back != nan_back)
text = json.dumps({"list": list(range(10)), "nested": [{"i": i, "s": str(i) * i} for i in range(5)]})
assert json.loads(text) == json.loads(json.dumps(json.loads(text)))
print(json.dumps(json.loads(text), indent=1, sort_keys=True))
s = json.dumps({"z": 1, "a": [3, 2, 1]}, indent=4)
print(json.loads(s) == {"z": 1, "a": [3, 2, 1]}, s.count("\n"))
for i in range(5):
    nested = {"level": i, "children": [json.loads(json.dumps({"x": i * j})) for j in range(i)]}
    print(json.dumps(nested, separators=(",", ":")))
