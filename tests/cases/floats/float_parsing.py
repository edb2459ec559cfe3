# float() from strings and numbers, with the errors CPython reports.
texts = ["3.14", "  -2.5e3 ", "+1E-2", "inf", "-Infinity", "nan", "NaN", "1_000.5", ".5", "5.", "0x10" , "1e500",
         "-0", "1e-400", "   7   ", "infinity", "+nan", "1__0", "", "abc", "1.2.3", "1e", "١٫٥"]
for t in texts:
    try:
        print(repr(t), "->", float(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
print(float(3), float(True), float(-(10**20)), float(), float(" 12 \n"))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
print(int(2.999), int(-2.999), int(1e18), int(float("1e19")))
for special in ("inf", "nan"):
    try:
        int(float(special))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
