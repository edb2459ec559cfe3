# The '%' type multiplies by 100 and formats as 'f' followed by a percent sign.
rates = [0.0, 0.05, 0.125, 0.5, 0.999, 1.0, 1.2345, -0.0333, 2.5e-5]
for r in rates:
    print(f"{r:%} | {r:.0%} | {r:.1%} | {r:.2%} | {r:>9.1%} | {r:+.3%}")

# Ints convert to float first.
print(f"{1:%} {3:.0%} {-2:.1%}")

# A conversion-rate report.
visits = [1200, 845, 3310, 17]
orders = [36, 51, 99, 0]
for i in range(len(visits)):
    rate = orders[i] / visits[i]
    print(f"page {i + 1}: {orders[i]:>3} / {visits[i]:>5,} = {rate:6.2%}")
