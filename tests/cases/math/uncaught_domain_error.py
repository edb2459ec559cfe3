# A math error nobody catches ends the script with CPython's last traceback line.
import math

total = 0.0
for x in [4.0, 9.0, 2.25]:
    total += math.sqrt(x)
    print(x, total)
print(math.log(total), math.floor(total))
values = [1.0, 0.5, 0.0, -1.0]
for v in values:
    print(v, math.log1p(v))
print(math.acos(total))
