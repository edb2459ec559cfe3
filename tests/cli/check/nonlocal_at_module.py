# The symbol table rejects nonlocal outside a function.
count = 0
nonlocal count
