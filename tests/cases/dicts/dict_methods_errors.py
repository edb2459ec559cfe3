# get/pop/popitem/setdefault/update/copy/clear: results and CPython's error messages.
inv = {"apple": 3, "pear": 0}
print(inv.get("apple"), inv.get("kiwi"), inv.get("kiwi", 0), inv.setdefault("fig", 5), inv.setdefault("apple", 99), inv)
print(inv.pop("pear"), inv.pop("nope", "default"), inv)
inv.update({"kiwi": 1}, plum=2)
inv.update([("date", 4), ["lime", 6]])
inv.update(apple=10)
print(inv, len(inv))
print(inv.popitem(), inv.popitem(), inv)
snapshot = inv.copy()
inv.clear()
print(inv, snapshot, bool(inv), bool(snapshot))
tests = [
    lambda: {}.pop("x"),
    lambda: {}.popitem(),
    lambda: {"a": 1}["b"],
    lambda: {}.update([1, 2]),
    lambda: {}.update([("a", 1, 2)]),
    lambda: {}.update(1),
    lambda: {[1]: 2},
    lambda: {}.get(),
    lambda: {}.get(1, 2, 3),
    lambda: dict(1, 2),
    lambda: {}.setdefault(),
    lambda: {(1, [2]): 3},
]
for t in tests:
    try:
        t()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"k": "v"}), dict(zip("ab", [1, 2])))
print({**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1} | {"a": 3}, dict.get({"q": 9}, "q"))
