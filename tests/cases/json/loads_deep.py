# Deeply nested documents: CPython's scanner allows 1497 levels and raises RecursionError beyond.
import json

for depth in [1, 10, 500, 1497]:
    value = json.loads("[" * depth + "]" * depth)
    n = 0
    while value:
        value = value[0]
        n += 1
    print(depth, n + 1)
obj = json.loads('{"a":' * 1497 + "1" + "}" * 1497)
print(type(obj).__name__)
for text in ["[" * 1498 + "]" * 1498, '{"a":' * 1498 + "1" + "}" * 1498, "[" * 5000, '[{"a":' * 800 + "1"]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError", e)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
try:
    json.loads("[" * 1000 + "x")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
wide = json.loads("[" + ",".join(["[1,2,{\"k\":[3]}]"] * 2000) + "]")
print(len(wide), wide[-1])
print(len(json.dumps(json.loads("[" * 1400 + "]" * 1400))))
