# A RecursionError at --max-recursion can be caught; the uncaught one ends the run.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught:", e)
down(0)
