# Unbounded recursion ends with RecursionError, not a crash.
def depth(node):
    return 1 + depth(node)

def safe_depth(n):
    return 0 if n == 0 else 1 + safe_depth(n - 1)

print(safe_depth(500))
try:
    depth(None)
except RecursionError as e:
    print("caught:", e)
print(depth("again"))
