# Merging dicts: | and |=, update order, ** unpacking, and nested setdefault chains.
defaults = {"color": "red", "size": "M", "tags": []}
user = {"size": "L", "tags": ["sale"]}
merged = defaults | user
print(merged, defaults)
merged |= {"color": "blue"}
merged |= [("extra", True)]
print(merged)
print({**defaults, **user, "size": "XL"}, dict(defaults, **{"size": "S"}))
try:
    defaults | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
index = {}
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for w in words:
    index.setdefault(w[0], {}).setdefault(len(w), []).append(w)
print(index)
counts = {}
for w in words:
    bucket = counts.setdefault(w[0], {"n": 0, "letters": 0})
    bucket["n"] += 1
    bucket["letters"] += len(w)
print(counts, {k: v["letters"] / v["n"] for k, v in counts.items()})
a = {"x": 1}
b = a
a |= {"y": 2}
a = a | {"z": 3}
print(a, b, a is b)
