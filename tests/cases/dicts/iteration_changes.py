# Changing a dict's size while iterating over it is a RuntimeError; reassigning values is fine.
d = {i: i * i for i in range(5)}
for k in d:
    d[k] = d[k] + 1
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
e = {"x": 1}
e.update({"y": 2}, z=3)
e.update([("w", 4)])
print(e, e.copy() == e, list(reversed(list(e))))
e.clear()
print(e, bool(e), bool({0: 0}))
