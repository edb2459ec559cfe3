# Averages over empty groups: a float ZeroDivisionError message, uncaught.
groups = {"a": [3.0, 4.5], "b": [], "c": [1.0]}
for name in sorted(groups):
    values = groups[name]
    print(name, len(values))
for name in sorted(groups):
    values = groups[name]
    mean = sum(values) / float(len(values))
    print(f"{name}: {mean:.2f}")
