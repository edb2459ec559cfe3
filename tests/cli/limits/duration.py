# Spins past --max-duration: the time limit error ends the run, uncatchable.
try:
    n = 0
    while True:
        n += 1
except BaseException:
    print("caught")
finally:
    print("finally")
print("after")
