a + b * c
(a + b) * c
a * b + c * d
a - b - c
a / b / c
a ** b ** c
-a ** b
(-a) ** b
a | b ^ c & d
a << b + c
a + b << c
not a == b
a or b and c
-a * b
~a + b
