# Switching from automatic to manual numbering is a ValueError.
print("{} {}".format("a", "b"))
print("{} {0}".format("a", "b"))
