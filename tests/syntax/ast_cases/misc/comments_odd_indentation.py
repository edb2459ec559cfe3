if x:
    a = 1
  # comment less indented
        # comment more indented
    b = 2
# comment at column zero inside block
    c = 3
def f():
            # deep comment before first statement
    return 1
