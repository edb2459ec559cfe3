# round(): banker's rounding for halves, ndigits positive and negative, results' types.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e20 + 0.5, 7.0]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2))
for n in [1234.5678, -1234.5678, 5.0, 149.99]:
    print(n, round(n, -1), round(n, -2), round(n, -5), round(n, 3))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(7, 2), type(round(7, 2)).__name__)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(-0.4), round(-0.0, 1))
print(round(1e300, 2), round(1.23456789e-10, 12), round(2**70 + 0.0, -20))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
prices = [19.995, 0.045, 2.345, 10.005]
print([round(p, 2) for p in prices], [f"{p:.2f}" for p in prices])
