# Grows live data past --max-memory: the run ends with the memory limit error, which neither the
# handlers nor the finally clause may intercept.
rows = []
try:
    while True:
        rows.append({"id": len(rows), "tags": ["a", "b"]})
except MemoryError:
    print("caught")
finally:
    print("finally")
print("after")
