a = 1; b = 2; c = 3
x = 1;
import os; print(os)
if a: b; c
def f(): x = 1; return x
for i in r: a; b;
