# Circular references, check_circular=False and very deep nesting (RecursionError).
import json

a = [1, 2]
a.append(a)
d = {"name": "loop"}
d["self"] = d
mixed = {"list": []}
mixed["list"].append({"back": mixed})
for value in [a, d, mixed, [a], {"k": [d]}]:
    try:
        json.dumps(value)
    except ValueError as e:
        print("ValueError", e)
try:
    json.dumps(a, indent=2)
except ValueError as e:
    print("ValueError", e)
shared = [1]
print(json.dumps([shared, shared, {"again": shared}]))
print(json.dumps([1, [2]], check_circular=False))
for value in [a, d]:
    try:
        json.dumps(value, check_circular=False)
    except RecursionError as e:
        print("RecursionError", e)
nest = []
for i in range(1496):
    nest = [nest]
print(len(json.dumps(nest)))
try:
    json.dumps([nest])
except RecursionError as e:
    print("RecursionError", e)
deep = {}
for i in range(3000):
    deep = {"k": deep}
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.dumps(deep, indent=1)
except RecursionError as e:
    print("RecursionError", e)
print(len(json.dumps(nest[0][0][0][0][0][0][0], separators=(",", ":"))))
