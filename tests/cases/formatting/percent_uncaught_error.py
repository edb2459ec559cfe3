# Too many arguments for the format string is a TypeError.
template = "%s scored %d"
results = [("ann", 9), ("bob", 7), ("cyd", 10)]
for r in results:
    print(template % r)
best = max(results, key=lambda r: r[1])
print("best: " + template % best)
print("%-5s|%5d|" % results[0])
print("%(name)s: %(score)03d" % {"name": "dee", "score": 4})
print(template % ("eve", 7, "extra"))
print("never printed")
