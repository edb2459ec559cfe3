# An AttributeError from calling a list method on a dict, uncaught.
inventory = {"apples": 3}
inventory["pears"] = 5
print(sorted(inventory.items()))
totals = inventory.copy()
for name in ["plums", "figs"]:
    print("adding", name)
    inventory.append({name: 0})
print(inventory)
