# Rounding strategies compared: floor, ceil, trunc, round-half-even, and half-up done by hand.
import math
def half_up(x, digits=0):
    m = 10 ** digits
    return math.floor(x * m + 0.5) / m
values = [2.5, 3.5, -2.5, 0.125, 1.005, 2.675, -0.5, 7.45]
print(f"{'x':>7} {'floor':>6} {'ceil':>5} {'trunc':>6} {'round':>6} {'half_up':>8} {'r2':>6} {'hu2':>6}")
for v in values:
    print(f"{v:>7} {math.floor(v):>6} {math.ceil(v):>5} {math.trunc(v):>6} {round(v):>6} {half_up(v):>8} {round(v, 2):>6} {half_up(v, 2):>6}")
print(math.floor(1e300), math.ceil(-0.0), type(math.floor(2.0)).__name__, math.ceil(10**20 + 0.5))
for bad in (float("inf"), float("nan")):
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
