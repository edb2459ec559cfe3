# separators: compact output, custom strings, any 2-item iterable, and the errors for bad ones.
import json

data = {"a": [1, 2, {"b": None}], "c": "d"}
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(", ", ": ")))
print(json.dumps(data, separators=(" ; ", " => ")))
print(json.dumps(data, separators=["|", "="]))
print(json.dumps(data, separators=":,"))
print(json.dumps(data, separators=iter([",", ":"])))
print(json.dumps(data, indent=2, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(" ,", " : ")))
print(json.dumps("str", separators=(1, 2)))
try:
    json.dumps([], separators=(1, 2))
except TypeError as e:
    print("TypeError", e)
for seps in [(1, ":"), (",", 2), (None, ":"), (",", None)]:
    try:
        json.dumps([1], separators=seps)
    except TypeError as e:
        print("TypeError", e)
for seps in [5, (",",), (",", ":", "!"), ""]:
    try:
        json.dumps([1], separators=seps)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for seps in [(1, ":"), ([], ":"), (",", 7)]:
    try:
        json.dumps({"k": [1]}, indent=2, separators=seps)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps([], indent=2, separators=(5, 5)))
