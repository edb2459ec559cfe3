# atan2 over the four quadrants, the signed zeros and infinities; degrees and radians.
import math

values = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]
for y in values:
    print(y, [math.atan2(y, x) for x in values])
print(math.atan2(1, 1) == math.pi / 4, math.atan2(3, -4), math.atan2(-3, -4))
print(math.atan2(True, False), math.atan2(10 ** 300, 1), math.atan2(1e-320, 1e-320))
for d in [0, 30, 45, 90, 180, 270, 360, -90, 1e308, 0.1]:
    print(d, math.radians(d), math.degrees(math.radians(d)))
print(math.degrees(math.pi), math.degrees(-0.0), math.degrees(math.inf), math.degrees(math.nan))
print(math.radians(True), math.degrees(2 ** 60), math.radians(-1e-320))
try:
    math.degrees(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.atan2("1", 2)
except TypeError as e:
    print("TypeError", e)
