# 'return' at module level is a compile-time error.
values = [3, 1, 2]
if values:
    return sorted(values)
