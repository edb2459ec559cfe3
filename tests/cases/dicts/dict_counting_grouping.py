# Counting and grouping idioms with plain dicts: get, setdefault, nested dicts, inversion.
words = "the cat and the hat and the bat sat on the mat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
by_len = {}
for w in words:
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
inverse = {}
for w, n in counts.items():
    inverse.setdefault(n, []).append(w)
print(inverse)
by_first = {}
for w in sorted(set(words)):
    by_first.setdefault(w[0], {})[w] = counts[w]
print(by_first)
matrix = {}
pairs = [("a", "x"), ("a", "y"), ("b", "x"), ("a", "x")]
for row, col in pairs:
    matrix.setdefault(row, {}).setdefault(col, 0)
    matrix[row][col] += 1
print(matrix, matrix["a"].get("z", 0))
letters = {}
for ch in "mississippi":
    letters[ch] = letters.get(ch, 0) + 1
print(max(letters, key=letters.get), sorted(letters, key=lambda c: (letters[c], c)))
print(dict(zip(counts.values(), counts.keys())))
