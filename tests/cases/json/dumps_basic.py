# json.dumps of every JSON-able builtin value with the default options.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(2**47), json.dumps(-2**63), json.dumps(10**30))
print(json.dumps(1.0), json.dumps(-0.0), json.dumps(0.1), json.dumps(1e16), json.dumps(1e-5))
print(json.dumps(""), json.dumps("plain text"), json.dumps('say "hi"'))
print(json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps([1, "two", 3.0, None, True, False]))
print(json.dumps((1, (2, 3), [4, (5,)])))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({"nested": {"deeper": {"deepest": [[], {}, [[]]]}}}))
print(json.dumps([{"id": i, "sq": i * i} for i in range(4)]))
d = {"z": 1, "a": 2, "m": 3}
print(json.dumps(d))
d["a"] = 5
del d["z"]
d["z"] = 0
print(json.dumps(d))
print(type(json.dumps([1])).__name__, len(json.dumps([1, 2, 3])))
big = list(range(50))
print(json.dumps(big))
print(json.dumps({"k" + str(i): i for i in range(12)}))
print(json.dumps("x" * 40))
print(json.dumps([True, 1, 1.0, "1"]))
