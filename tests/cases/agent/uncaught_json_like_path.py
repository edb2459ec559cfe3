# Walking a nested response with a path that does not exist: KeyError reaches the top level.
response = {"data": {"items": [{"id": 1, "attrs": {"name": "a"}}, {"id": 2, "attrs": {}}]}}

def get(obj, path):
    for part in path:
        obj = obj[part]
    return obj

print(get(response, ["data", "items", 0, "attrs", "name"]))
for i in range(2):
    print(i, get(response, ["data", "items", i, "id"]))
print(get(response, ["data", "items", 1, "attrs", "name"]))
