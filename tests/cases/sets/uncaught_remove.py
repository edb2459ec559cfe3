# An uncaught KeyError from set.remove ends the script; its last traceback line is compared.
inventory = {"bolt", "nut", "screw", "washer"}
used = ["nut", "bolt", "nut"]
print(sorted(inventory))
for part in used:
    print("using", part)
    inventory.remove(part)
    print(sorted(inventory))
print("unreachable")
print(inventory)
