# Set comprehensions and starred displays.
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print({c for c in "comprehension" if c not in "aeiou"})
print({(x, y) for x in range(3) for y in range(x)})
print({x for x in range(30) if x % 2 if x % 3})
evens = [0, 2, 4, 6]
odds = (1, 3, 5)
print({*evens, *odds})
print({*evens, 100, *odds, 200})
print({*"abc", *"bcd"})
print({*{1: "a", 2: "b"}, 3})
print({*range(3), *set([10, 11])})
print({*[]} == set(), {*()})
n = 3
squares = {i: {j for j in range(i)} for i in range(n)}
print(squares)
print({frozenset({k for k in range(i)}) for i in range(3)})
matrix = [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
print({v for row in matrix for v in row})
print({sum(row) for row in matrix})
x = "outer"
print({x for x in "ab"}, x)
def unique_lengths(words):
    return {len(w) for w in words}
print(unique_lengths(["a", "bb", "cc", "ddd"]))
print(sorted({w.lower() for w in ["B", "a", "A", "b", "C"]}))
print({i for i in {3, 1, 2}})
print([i for i in {30, 10, 20}])
print(list({i for i in range(40, 0, -5)}))
