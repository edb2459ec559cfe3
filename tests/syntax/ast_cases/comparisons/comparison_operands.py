f(x) < g(y)
a.b == c.d
a[0] != a[-1]
-a < +b
a + b == c * d
(a, b) < (c, d)
[1] == [1]
"abc" < "abd"
