# Agent-style report formatting with padding methods, including non-ASCII names.
items = [("Widget", 4, 3.5), ("Gadget Pro", 1, 120.0), ("Ünïcode Thing", 12, 0.25), ("日本茶", 3, 8.0)]
width = 36
print("=" * width)
print("INVENTORY REPORT".center(width))
print("=" * width)
print("item".ljust(16) + "qty".rjust(6) + "price".rjust(14))
print("-" * width)
total = 0.0
for name, qty, price in items:
    line_total = qty * price
    total += line_total
    print(name.ljust(16, ".") + str(qty).rjust(6) + str(line_total).rjust(14))
print("-" * width)
print("TOTAL".ljust(22) + str(total).rjust(14))
print(" end ".center(width, "*"))
labels = ["ok", "warning", "critical"]
longest = max([len(label) for label in labels])
for label in labels:
    print("[" + label.upper().center(longest + 2) + "]", "[" + label.rjust(longest, "·") + "]")
box_lines = "Stay\nHydrated!\nñ".splitlines()
inner = max([len(line) for line in box_lines])
print("+" + "-" * (inner + 2) + "+")
for line in box_lines:
    print("| " + line.ljust(inner) + " |")
print("+" + "-" * (inner + 2) + "+")
code = "def f():\n\treturn 1\n\tif x:\n\t\tpass"
print(code.expandtabs(4))
print([line.expandtabs(2).rstrip() for line in code.splitlines()])
