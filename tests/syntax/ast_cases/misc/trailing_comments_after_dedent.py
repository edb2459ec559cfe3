def f():
    if x:
        return 1
        # comment after return at deeper level
    # comment at function level
# comment at module level
x = f()
