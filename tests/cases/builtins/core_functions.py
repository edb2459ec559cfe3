# len, abs, min, max, sum, any, all, isinstance and friends.
print(len([1, 2]), len("abc"), len(range(10)), abs(-5), abs(2.5))
print(min([4, 2, 8]), max(4, 2, 8), min("bca"), max([1, 5], key=lambda v: -v))
print(sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25], 1))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
print(isinstance(3, int), isinstance(True, int), isinstance("s", (int, str)), isinstance(2.0, int))
print(int("42"), int(" -7 "), int("ff", 16), int(3.9), int(-3.9), str(12), bool(""), bool([0]))
print(list(range(5)), tuple([1, 2]), list("hi"), repr(None), type(1), type("s"))
print(max([], default="empty"), min(3, 1, 2))
