# The binary operators on sets and frozensets; the result's type follows the left operand.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
fa = frozenset(a)
fb = frozenset(b)
print(fa | fb)
print(fa & b, type(fa & b).__name__)
print(a & fb, type(a & fb).__name__)
print(fa - b, fa ^ b)
print(a | set(), a & set(), a - set(), set() - a)
print(a | a, a & a, a - a, a ^ a)
big = set(range(0, 100, 3))
small = {3, 4, 5, 6}
print(big & small, small & big)
print(big - small == big.difference(small))
print(len(big ^ small), len(big | small))
words = {"red", "green", "blue"}
more = {"blue", "black", "white"}
print(words | more)
print(words & more, words - more, words ^ more)
print(({1, 2} | {3}) & {2, 3}, {1, 2} | {3} & {2, 3})
print({1, 2, 3} - {2} - {3}, {1, 2, 3} ^ {2} ^ {2})
for op in ("|", "&", "-", "^"):
    for other in ([1, 2], (1,), "ab", {1: 2}):
        try:
            if op == "|": {1} | other
            elif op == "&": {1} & other
            elif op == "-": {1} - other
            else: {1} ^ other
        except TypeError as e:
            print("TypeError:", e)
