# next() on an exhausted iterator outside a loop: an uncaught StopIteration (empty message).
pending = iter(["job-1", "job-2"])
print(next(pending))
print(next(pending))
print(next(pending, "no more jobs"))
remaining = [j for j in pending]
print(remaining)
print(next(pending))
