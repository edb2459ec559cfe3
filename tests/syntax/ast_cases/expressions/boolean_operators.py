a and b
a or b
a and b and c
a or b or c
a and b or c and d
not a
not not a
not a and b
a or not b
(a or b) and c
x = a and (b or c) and not d
