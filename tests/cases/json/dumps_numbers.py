# Numbers: float repr, NaN/Infinity (allow_nan), big ints and the 4300-digit limit.
import json

floats = [0.0, -0.0, 1.5, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
          -2.5e-300, 100.0, 3.14159, 1e22, 12345.6789e10]
print(json.dumps(floats))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({"x": float("inf")}, indent=1))
for bad in [float("nan"), float("inf"), float("-inf")]:
    for wrap in [bad, [1, bad], {"k": bad}, {bad: 1}]:
        try:
            print(json.dumps(wrap, allow_nan=False))
        except ValueError as e:
            print("ValueError", e)
print(json.dumps([1.0, 2.5], allow_nan=False))
print(json.dumps([2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**63, 2**64 + 1, -10**25]))
print(json.dumps({2**70: "big key", -5: "neg"}))
print(json.dumps(True + 1), json.dumps([True, False]), json.dumps({True: 1, False: 0}))
try:
    json.dumps([1, 10**4300])
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({10**5000: 1})
except ValueError as e:
    print("ValueError", e)
print(len(json.dumps(10**4299)))
