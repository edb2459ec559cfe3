# A fixed-width receipt: centered header, dotted leaders, right-aligned money, totals.
items = [("Espresso", 2, 2.4), ("Croissant, almond", 1, 3.95), ("Bottled water 1.5L", 3, 0.99), ("Gift card", 1, 25.0)]
WIDTH = 36
print("=" * WIDTH)
print(f"{'CAFE COIL':^{WIDTH}}")
print(f"{'receipt #00042':^{WIDTH}}")
print("=" * WIDTH)
subtotal = 0.0
for name, qty, unit in items:
    line_total = qty * unit
    subtotal += line_total
    label = f"{qty} x {name}"
    if len(label) > 24:
        label = label[:23] + "…"
    money = f"{line_total:.2f}"
    print(f"{label} {'.' * (WIDTH - len(label) - len(money) - 2)} {money}")
tax = round(subtotal * 0.07, 2)
print("-" * WIDTH)
for label, amount in (("Subtotal", subtotal), ("Tax 7%", tax), ("TOTAL", subtotal + tax)):
    print(f"{label:<{WIDTH - 12}}{amount:>12,.2f}")
print(f"{'thank you!':*^{WIDTH}}")
