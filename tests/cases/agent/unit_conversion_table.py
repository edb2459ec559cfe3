# Convert measurements between units through a base unit, rejecting unknown or mixed dimensions.
units = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mi": ("length", 1609.344), "ft": ("length", 0.3048),
    "g": ("mass", 1.0), "kg": ("mass", 1000.0), "lb": ("mass", 453.59237),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0),
}
def convert(value, src, dst):
    if src not in units or dst not in units:
        raise KeyError(f"unknown unit {(src if src not in units else dst)!r}")
    (dim_a, fa), (dim_b, fb) = units[src], units[dst]
    if dim_a != dim_b:
        raise ValueError(f"cannot convert {dim_a} to {dim_b}")
    return value * fa / fb
requests = [(5, "km", "mi"), (6, "ft", "cm"), (2.5, "kg", "lb"), (90, "min", "h"), (1, "h", "s"), (3, "m", "kg"), (1, "parsec", "m")]
for value, src, dst in requests:
    try:
        result = convert(value, src, dst)
        print(f"{value:>6} {src:<3} = {result:>12.4f} {dst:<3} ({result:.3g})")
    except (KeyError, ValueError) as e:
        print(f"{value:>6} {src:<3} -> {dst:<3} {type(e).__name__}: {e}")
dims = {}
for name, (dim, _) in units.items():
    dims.setdefault(dim, []).append(name)
print({d: sorted(names, key=lambda n: units[n][1]) for d, names in dims.items()})
