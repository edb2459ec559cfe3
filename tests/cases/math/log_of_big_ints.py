# Logarithms of ints are exact for any size: huge ints go through frexp instead of float().
import math

for n in [10 ** 400, 2 ** 2000, 3 ** 1000, 10 ** 308, 10 ** 309, 2 ** 1023, 2 ** 1024, 2 ** 1024 - 1]:
    print(math.log(n), math.log2(n), math.log10(n))
print(math.log(10 ** 400, 10), math.log(2 ** 3000, 2), math.log(10 ** 500, 10 ** 250))
print(math.log(2.0, 10 ** 400), math.log(True), math.log(5, True + 1))
for bad in [0, -1, -10 ** 400, False]:
    for name in ["log", "log2", "log10"]:
        try:
            getattr(math, name)(bad)
        except ValueError as e:
            print(name, bad if abs(bad) < 100 else "huge", "ValueError", e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for name in ["log1p", "exp", "sqrt", "sin"]:
    try:
        getattr(math, name)(10 ** 400)
    except OverflowError as e:
        print(name, "OverflowError", e)
digits = [math.floor(math.log10(10 ** k)) + 1 for k in range(0, 60, 7)]
print(digits)
