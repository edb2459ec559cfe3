# One big-int power runs past --max-duration: the limit stops it inside the operation, and no
# handler runs.
try:
    x = 3 ** (10**8)
except BaseException as e:
    print("caught", type(e).__name__)
print("after")
