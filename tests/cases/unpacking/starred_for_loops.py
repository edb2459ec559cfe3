# Starred targets in for loops and comprehensions.
rows = [(1, 2, 3), (4, 5), (6,), 'abcd', [7, 8, 9, 10]]
for first, *rest in rows:
    print(first, rest)
for *init, last in rows:
    print(init, last)
records = [('alice', 30, 'admin', 'ops'), ('bob', 25), ('carol', 41, 'dev')]
for name, age, *roles in records:
    print(name, age, roles, len(roles))
print([rest for _, *rest in records])
print([name for name, *_ in records if _])
print({name: tags for name, _, *tags in records})
pairs = [[1, 'a', 'b'], [2, 'c']]
for (n, *letters) in pairs:
    print(n, letters)
for i, (head, *tail) in [(0, 'xyz'), (1, range(3))]:
    print(i, head, tail)
total = 0
for a, *b in [[1, 2, 3], [4], [5, 6]]:
    total += a + sum(b)
print(total)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[0] for row in matrix], [r for *r, _ in matrix])
try:
    for a, *b, c in rows:
        print(a, b, c)
except ValueError as e:
    print('ValueError:', e)
