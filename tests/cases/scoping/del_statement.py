# del on names, list items, slices, dict keys; and the errors deleting missing things raises.
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
del a
try:
    a
except NameError as e:
    print("NameError:", e)
del b[0]
del b[-1]
del b[1:3]
print(b)
del c["x"]
print(c)
x, y = 1, 2
del x, y
print("x" in dir() if False else "deleted both")
for bad in ("index", "key", "name"):
    try:
        if bad == "index":
            del b[10]
        elif bad == "key":
            del c["missing"]
        else:
            del never_defined
    except (IndexError, KeyError, NameError) as e:
        print(type(e).__name__ + ":", e)
def local_del():
    v = [1]
    alias = v
    del v
    return alias
print(local_del())
nested = {"a": {"b": [1, 2, 3]}}
del nested["a"]["b"][1]
print(nested)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)
s = "text"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
