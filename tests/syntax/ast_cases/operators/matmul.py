c = a @ b
d = a @ b @ c
e = (a @ b).T @ c
m @= n
