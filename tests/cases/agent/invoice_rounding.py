# Invoice lines with quantity discounts and tax; rounding to cents at each step.
lines = [
    {"sku": "PEN", "unit": 1.15, "qty": 12},
    {"sku": "PAD", "unit": 3.335, "qty": 3},
    {"sku": "INK", "unit": 19.99, "qty": 1},
    {"sku": "BOX", "unit": 0.1, "qty": 30},
]
TAX = 0.0825

def discount_rate(qty):
    if qty >= 25:
        return 0.15
    if qty >= 10:
        return 0.05
    return 0.0

subtotal = 0.0
for line in lines:
    gross = line["unit"] * line["qty"]
    rate = discount_rate(line["qty"])
    net = round(gross * (1 - rate), 2)
    subtotal += net
    print(f"{line['sku']:<4} {line['qty']:>3} x {line['unit']:>6.3f} = {gross:>8.3f} -{rate:>4.0%} -> {net:>7.2f}")
tax = round(subtotal * TAX, 2)
print(f"subtotal {subtotal:>10.2f}")
print(f"tax      {tax:>10.2f}")
print(f"total    {subtotal + tax:>10.2f}")
print(repr(subtotal), round(2.675, 2), round(0.125, 2), round(1.005, 2))
print(sum(l["unit"] * l["qty"] for l in lines) == sum(l["qty"] * l["unit"] for l in lines))
