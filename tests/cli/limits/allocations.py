# Allocates more objects than --max-allocations allows.
try:
    items = [[i] for i in range(10**6)]
except MemoryError:
    print("caught")
print("after")
