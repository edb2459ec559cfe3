*a, = items
[*a] = items
a, *b = 1, 2, 3
*a, b, c = range(5)
(first, *_, last) = values
[head, *tail] = seq
