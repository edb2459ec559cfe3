a+b
a  +  b
a*-b
a**-b
a<<-b
x=-1
y=+-~1
z=a if-b else+c
