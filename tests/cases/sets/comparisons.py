# Comparisons are subset relations; sets and frozensets compare equal when their items do.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, b < a, a < a, a <= a, a == {2, 1})
print({1, 2} == frozenset([1, 2]), frozenset([1]) == {1}, frozenset() == set())
print({1, 2} < frozenset([1, 2, 3]), frozenset([1, 2]) >= {2})
print({1} < {2}, {1} > {2}, {1} == {2}, {1} != {2})
print({1, 2} == [1, 2], {1} != (1,), set() == {})
print({1, 1.0, True} == {1}, {0.5} == {0.5, 0.5})
for x, y in [({1}, [1]), ({1}, (1,)), (frozenset(), "x")]:
    for name in ("<", "<=", ">", ">="):
        try:
            if name == "<": x < y
            elif name == "<=": x <= y
            elif name == ">": x > y
            else: x >= y
        except TypeError as e:
            print("TypeError:", e)
chain = [set(), {1}, {1, 2}, {1, 2, 3}]
print(all(chain[i] < chain[i + 1] for i in range(3)))
print(sorted([{3}, {1, 2}, {1}], key=len))
print(max([{1}, {1, 2}], key=len), min([frozenset("ab"), frozenset("a")], key=len))
print(set("abc").isdisjoint("def"), set("abc").isdisjoint("cde"))
print(set().issubset(set()), set().isdisjoint(set()), {1}.isdisjoint({1}))
