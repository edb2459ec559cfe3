# Comparisons between ints, bools, floats and big ints, including chained comparisons.
big = 10**30
print(1 == 1.0, 1 == True, 0 == False, 2 == True, big == float(big), big + 1 == float(big + 1))
print(1 < 1.5 < 2, 3 > 2 > 2, -big < -1 < 0 < 1 < big, 2**53 < 2**53 + 1.0)
print(max(3, 2.5, True), min(-1, -1.0), max(-1.0, -1), sorted([3, 1.5, True, -big, 2**64, 0.0]))
print(big > 1e30, big < 1e31, 10**400 > 1e308, -(10**400) < -1e308)
print(float("inf") > 10**400, float("-inf") < -(10**400), float("nan") == 10, float("nan") != 10**50)
print(hash(1) == hash(1.0) == hash(True), hash(2**61) == hash(float(2**61)))
print({1: "int", 1.0: "float", True: "bool"})
print(len({0, 0.0, False, -0.0}), {2**64, float(2**64)})
print(True + True, True * 10, -True, ~False, False - 1)
print(isinstance(True, int), type(True + 1).__name__, type(True & True).__name__, type(1 + 1.0).__name__)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0, x is not None, not x)
