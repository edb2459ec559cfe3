# Nested loops and several conditions in list/set/dict comprehensions.
pairs = [(x, y) for x in range(4) for y in range(x) if (x + y) % 2 == 1]
print(pairs)
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
flat = [c for word in ["ab", "", "cde"] for c in word if c != "d"]
print(flat)
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print({x % 7 for x in range(50) if x > 40}, {(a, b) for a in "ab" for b in "ab" if a <= b})
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if r != c}
print(grid)
print([y for x in [[1, 2], [3], []] for y in x], [x if x > 2 else -x for x in range(5)])
print([(i, j, k) for i in range(3) for j in range(i, 3) for k in range(j, 3) if i + j + k == 4])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ["apple", "Bob", "kayak", "level", "python", "Noon"]
print([w for w in words if w.lower() == w.lower()[::-1]], {w[0].lower(): len(w) for w in words})
print(sum(x * x for x in range(10) if x & 1), any(w.isupper() for w in words), all(len(w) > 2 for w in words))
