# Too many arguments for the format string is a TypeError.
template = "%s scored %d"
print(template % ("ann", 9))
print(template % ("bob", 7, "extra"))
