# 'break' outside a loop is a compile-time error.
for item in range(3):
    pass
break
