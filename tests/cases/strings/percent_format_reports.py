# printf-style % formatting in log lines and tables, including tuples, dicts and escapes.
records = [("disk", 0.873, 512), ("cpu", 0.42, 8), ("memory", 0.9999, 16384)]
print("%-8s %6s %8s" % ("metric", "usage", "size"))
for name, usage, size in records:
    print("%-8s %5.1f%% %8d" % (name, usage * 100, size))
print("%s" % ((1, 2),), "%s %s" % ("a", [1]), "%r" % (None,), "%%d literal %d" % 3)
print("%(host)s:%(port)d (%(ok)s)" % {"host": "db", "port": 5432, "ok": True})
print("%5.2s|%-6.3s|%.0f|%.1e|%+i|% d" % ("abc", "abcdef", 2.5, 1234.5, 7, 7))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
for bad in (("%d", "x"), ("%s %s", ("a",)), ("%(k)s", ("no dict",)), ("%z", 1), ("%s", ("a", "b"))):
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
