a < b and b < c
a == b or c != d
not a < b
(a < b) == (c < d)
a < (b < c)
x = y == z
valid = 0 < n <= 100 and n % 2 == 0
