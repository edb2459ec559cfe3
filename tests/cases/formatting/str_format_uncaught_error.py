# Switching from automatic to manual numbering is a ValueError; nothing is printed for the
# failing call, but everything before it is.
rows = [("ann", 3), ("bob", 12)]
for name, count in rows:
    print("{}: {}".format(name, count))
    print("{0}: {1} ({1:#x})".format(name, count))
summary = "{} rows, {} total".format(len(rows), sum(c for _, c in rows))
print(summary)
print("{:>20}".format(summary))
print("{} {0}".format("a", "b"))
print("never printed")
