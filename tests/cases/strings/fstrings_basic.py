# f-strings with conversions and nested quotes.
name = "coil"
n = 42
items = [1, 2]
print(f"{name} has {n} items: {items}")
print(f"{name!r} {n!s} {items!r}")
print(f"{n + 1} {n * 2} {'nested'} {name + '!'}")
print(f"{{literal braces}} {n}")
