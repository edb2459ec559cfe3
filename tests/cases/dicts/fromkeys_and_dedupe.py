# dict.fromkeys: order-preserving de-duplication and default tables.
tags = ["b", "a", "c", "a", "b", "d", "c"]
print(list(dict.fromkeys(tags)))
print(dict.fromkeys("hello"))
print(dict.fromkeys(range(3), 0), {}.fromkeys(["x"], "y"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared, shared["p"] is shared["q"])
counts = dict.fromkeys(sorted(set(tags)), 0)
for t in tags:
    counts[t] += 1
print(counts)
print(dict.fromkeys({"k": 1, "j": 2}), dict.fromkeys(()))
for args in ((), ([1], 2, 3), (5,), ([[1]],)):
    try:
        dict.fromkeys(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    dict.fromkeys([1], value=2)
except TypeError as e:
    print("TypeError:", e)
