a < b < c
0 <= i < n
a == b == c
a < b > c
x is not None is not y
a in b not in c
lo <= value <= hi
1 < 2 < 3 < 4 < 5
