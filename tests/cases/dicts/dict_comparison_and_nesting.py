# Equality of dicts ignores order; nested structures compare deeply; dicts do not order.
a = {"x": 1, "y": [1, 2], "z": {"k": (1, 2)}}
b = {"z": {"k": (1, 2)}, "y": [1, 2], "x": 1}
print(a == b, a != b, a is b, list(a) == list(b))
b["y"].append(3)
print(a == b, a["y"], b["y"])
print({1: 1} == {1: 1.0}, {1: "a"} == {True: "a"}, {} == dict(), {"a": None} == {"b": None})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError:", e)
users = {
    "u1": {"name": "Ana", "roles": ["admin", "dev"], "meta": {"age": 31}},
    "u2": {"name": "Bo", "roles": [], "meta": {}},
}
print(users["u1"]["meta"]["age"], users["u2"]["meta"].get("age", "n/a"), [u["name"] for u in users.values() if "dev" in u["roles"]])
def get_path(data, path, default=None):
    for part in path.split("."):
        if isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return default
    return data
print(get_path(users, "u1.meta.age"), get_path(users, "u2.meta.age", 0), get_path(users, "u1.roles"), get_path(users, "u9"))
print(repr({"quote": "it's", "dq": 'say "hi"', "nl": "a\nb", "uni": "é", 1.5: None}))
