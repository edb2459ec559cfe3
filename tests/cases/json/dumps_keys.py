# Dict keys: str, int, float, bool and None keys become strings; other keys are a TypeError
# unless skipkeys; sort_keys, including keys that cannot be compared.
import json

print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "e": "f"}))
print(json.dumps({False: 0, -3: 1, 1e20: 2, float("nan"): 3, float("inf"): 4, float("-inf"): 5}))
print(json.dumps({0.1: 1, 10**20: 2}, indent=1))
for keys in [{(1, 2): "t"}, {"ok": 1, (1,): 2}, {frozenset(): 1}]:
    try:
        print(json.dumps(keys))
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({(1, 2): "t", "kept": 1, (3,): 4}, skipkeys=True))
print(repr(json.dumps({(1, 2): "t"}, skipkeys=True)))
print(repr(json.dumps({(1, 2): "t"}, skipkeys=True, indent=2)))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": [{"k2": 1, "k1": 2}]}}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({2.5: 1, 1: 2, -1.5: 3, True: 4}, sort_keys=True))
print(json.dumps({"é": 1, "e": 2, "z": 3, "É": 4, "😀": 5, "": 6}, sort_keys=True))
for mixed in [{"b": 1, 3: 4}, {3: 1, "b": 4}, {"b": 1, "a": 2, 3: 4}, {None: 1, 2: 2, "x": 3}, {1: 1, 2: 2, None: 3, "a": 4},
              {"c": 1, "b": 2, "a": 3, 1: 4, None: 5}]:
    try:
        print(json.dumps(mixed, sort_keys=True))
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({(1,): 1, "a": 2}, sort_keys=True, skipkeys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1,): 1, (2,): 2}, sort_keys=True, skipkeys=True))
print(json.dumps({"a": 1, "a" + "": 2}))
d = {1: "int", "1": "str"}
print(json.dumps(d))
nan = float("nan")
print(json.dumps({3.0: "a", nan: "b", 1.0: "c", 2.0: "d", -1.0: "e"}, sort_keys=True))
many = {i * 7 % 101: i for i in range(80)}
print(json.dumps(many, sort_keys=True)[:60])
many["late"] = 0
try:
    json.dumps(many, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
