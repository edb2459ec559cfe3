# Nested fields inside a spec are expanded before the value is formatted.
print("[{:{}}]".format("ab", 6))
print("[{:{}{}}]".format("ab", ">", 6))
print("[{:{fill}^{width}}]".format("mid", fill="*", width=11))
print("[{0:{1}.{2}f}]".format(3.14159, 10, 3))
print("[{value:{width},.{precision}f}]".format(value=1234567.891, width=16, precision=2))

# Automatic numbering continues through nested fields.
print("{} {:{}} {}".format("a", "b", 4, "c"))

# A table whose column widths come from the data.
rows = [("apple", 3), ("watermelon", 12), ("fig", 150)]
name_width = max(len(r[0]) for r in rows)
count_width = max(len(str(r[1])) for r in rows)
for name, count in rows:
    print("{:<{nw}} | {:>{cw}}".format(name, count, nw=name_width, cw=count_width))

# Nesting is limited to two levels.
try:
    print("{:{:{}}}".format(1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
