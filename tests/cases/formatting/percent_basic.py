# printf-style formatting with %: a tuple of arguments, or a single value.
print("%s and %s" % ("salt", "pepper"))
print("%d items at %.2f each" % (3, 1.5))
print("%s" % "single")
print("%s" % (("a", "tuple"),))
print("%s" % [1, 2])
print("%r %a %s" % ("é", "é", "é"))
print("100%% sure, %d%%" % 50)
print("%c%c%c" % (72, "i", 33))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%i %u %d" % (1, 2, -3))
print("%s %s %s" % (None, True, 2.5))
print("%(x)s" % {"x": "mapping"} + " and " + "%%(x)s" % ())

# A value that is not a tuple is one argument, even a list or dict.
print("value: %s" % {"k": 1})
print("list: %s" % [[1], [2]])
print("no conversion" % {})
print("no conversion" % [])
