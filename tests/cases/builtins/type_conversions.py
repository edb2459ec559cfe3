# Conversions between builtin types: str/int/float/bool/list/tuple/set/dict.
print(str(12), str(-0.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 1}), str({1}))
print(int("12"), int(12.9), int(True), float("3"), float(2), bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool({}))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), tuple([1, 2]), tuple("ab"))
print(sorted(set([3, 1, 3])), sorted(set("hello")), dict([("a", 1)]), dict(a=1), list(dict.fromkeys("aba")))
print(repr(str()), int(), float(), list(), tuple(), dict(), set(), bool())
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__, type({}).__name__,
      type(set()).__name__, type(None).__name__, type(True).__name__, type(range(1)).__name__, type(len).__name__)
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance("", str), isinstance(1, float))
print(type(1) is int, type(True) is bool, type(1) == type(2), type("a")("b"), type(3)("4") + 1)
for bad in (lambda: int("3.5"), lambda: int(None), lambda: float("x"), lambda: list(5), lambda: dict([1]), lambda: tuple(None)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int("-0"), float("-0"), str(-0.0), int(float("1e3")), round(float("2.5")), list(map(float, ["1", "2.5"])))
