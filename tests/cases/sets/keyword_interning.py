# Displays of name-like strings: their layout depends on what CPython has interned already
# (identifiers of this script, keyword argument names, annotated parameter names).
print({"key", "sep", "item", "qqz", "zzq"})
print({"total", "count", "zzq", "qqz", "item"})
print(sorted([3, 1, 2], key=abs), {"key", "abs", "zq"})
def describe(label: str, *, width=4) -> str:
    return f"{label:>{width}}"
print(describe("x", width=3), {"label", "width", "zq", "qz", "zz"})
print({"apple", "banana", "cherry", "date", "elder"})
print({"a", "b", "c", "d", "e"})
print({"x", "y", "z", "w", "v"})
print({"id", "name", "email", "age", "city"})
for word in {"read", "write", "append", "delete"}:
    print(word, end=" ")
print()
apple = 1
print(apple, {"apple", "kiwi", "lime", "plum", "pear"})
print("name" in {"id", "name"}, {"id", "name"} == {"name", "id"})
print({"user", "group", "other", "zqx", "qzx", "xzq"})
