# A script that compiles: `coil check` prints ok without running it (it would raise here).
def scale(values, factor=2, *, offset=0):
    return [v * factor + offset for v in values]

total = sum(scale([1, 2, 3], offset=1))
raise SystemExit(total)
