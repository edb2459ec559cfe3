# default: called for objects JSON cannot represent; its result is encoded in their place.
import json

def to_jsonable(o):
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, range):
        return {"start": o.start, "stop": o.stop}
    raise TypeError("no conversion for " + type(o).__name__)

print(json.dumps({"s": {3, 1, 2}, "r": range(2, 5), "f": frozenset([9])}, default=to_jsonable))
print(json.dumps([{1, 2}], default=list, indent=1))
for value in [{1, 2}, range(3), print, [1, {2}], {"k": frozenset()}]:
    try:
        print(json.dumps(value))
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps([1, print], default=to_jsonable)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(range(3), default=lambda o: "<" + type(o).__name__ + ">"))
print(json.dumps({1, 2}, default=lambda o: len(o)))
try:
    json.dumps({1, 2}, default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1, 2}, default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1}, default=5)
except TypeError as e:
    print("TypeError", e)
calls = []
def record(o):
    calls.append(type(o).__name__)
    return None
print(json.dumps([{1}, range(1), [frozenset()]], default=record), calls)
print(json.dumps({1, 2}, default=lambda o: {"nested": sorted(o), "again": [range(1)]} if isinstance(o, set) else list(o)))
print(json.dumps("no default needed", default=len))
