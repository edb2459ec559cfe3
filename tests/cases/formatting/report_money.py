# Money amounts: thousands separators, two decimals, signs and currency columns.
ledger = [("Opening balance", 15230.5), ("Rent", -2450.0), ("Consulting", 8125.333), ("Refund", 0.004),
          ("Equipment", -13999.999), ("Interest", 12.345), ("Tax", -1234567.891)]
balance = 0.0
for label, amount in ledger:
    balance += amount
    print(f"{label:<16}{amount:>+16,.2f}{balance:>16,.2f}")

# Accounting style: negatives in parentheses.
def money(x):
    text = f"{abs(x):,.2f}"
    return f"({text})" if x < 0 else f" {text} "
for label, amount in ledger:
    print(f"{label:.<20}{money(amount):>16}")

# Cents as integers, formatted back to decimal.
cents = [0, 5, 99, 100, 123456, -7, -100001]
for c in cents:
    sign = "-" if c < 0 else ""
    c = abs(c)
    print("%s$%d.%02d" % (sign, c // 100, c % 100), "{}${:,}.{:02d}".format(sign, c // 100, c % 100))

# Zero padding and '=' alignment for a check amount.
print(f"[{1234.5:*>12,.2f}] [{1234.5:*=+13,.2f}] [{1234.5:012,.2f}]")
