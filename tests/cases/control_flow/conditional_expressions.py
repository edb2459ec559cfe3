# if/elif/else chains, conditional expressions, short-circuit and/or returning operands.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    return "F"
print([grade(s) for s in [95, 85, 75, 10, 90, 89.999]])
for x in [0, 1, -3, 12]:
    print(x, "even" if x % 2 == 0 else "odd", "neg" if x < 0 else "zero" if x == 0 else "pos")
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, None or 0, [] and "x", "a" or "b")
calls = []
def side(v):
    calls.append(v)
    return v
print(side(0) and side(1), side(2) or side(3), calls)
name = ""
print(name or "anonymous", (name and name.upper()) or "-")
config = {"debug": None}
level = config.get("debug") or config.get("level") or "info"
print(level)
print(not 0, not [1], not None, not not "x", (1 < 2) == True, 1 < 2 < 3 > 2)
x = 5
if x > 3 and x < 10 and x != 7:
    print("in range")
if not (x < 0 or x > 100):
    print("valid")
value = None
print("none" if value is None else value, value is not None)
