# Starred assignment targets take the middle items as a list.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*a, b = (1, 2, 3)
print(a, b)
a, *b = 'hello'
print(a, b)
a, b, *c = range(2)
print(a, b, c)
*a, = 'xyz'
print(a)
[a, *b] = (9,)
print(a, b)
a, *b, c, d = iter([1, 2, 3, 4, 5, 6, 7])
print(a, b, c, d)
*a, b, c = [1, 2]
print(a, b, c)
head, *tail = [[1, 2], [3], []]
print(head, tail)
first, *_, last = range(100)
print(first, last, len(_))
x = [1, 2, 3]
p, *q = x
q.append(4)
print(x, q, type(q))
t = (1, 2, 3)
*u, = t
print(u, type(u), u == list(t))
*m, n = {'k': 1, 'j': 2, 'i': 3}
print(m, n)
a = b = None
a, *b = b, *a = [1, 2, 3]
print(a, b)
s = "héllo 😀"
*front, back = s
print(front, back, len(front))
one, *rest = "a"
print(one, rest)
