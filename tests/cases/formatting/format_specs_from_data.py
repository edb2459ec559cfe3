# Column specs kept as data and applied with format(), as report generators do.
columns = [("id", ">4"), ("name", "<12"), ("score", ">8.2f"), ("share", ">7.1%"), ("delta", "+,")]
rows = [
    {"id": 1, "name": "alpha", "score": 93.456, "share": 0.4012, "delta": 1200},
    {"id": 22, "name": "beta-gamma-delta", "score": 7.0, "share": 0.0588, "delta": -35},
    {"id": 333, "name": "ε", "score": 100.0, "share": 0.54, "delta": 0},
]
# The header is centred over each column's width, measured from the first row.
print(" ".join(format(name, "^" + str(len(format(rows[0][name], spec)))) for name, spec in columns))
for row in rows:
    print(" ".join(format(row[name], spec) for name, spec in columns))

# Specs built at run time.
for width in [6, 10]:
    for align in "<^>":
        spec = f"{align}{width}.2f"
        print(repr(spec), "[" + format(2.0 / 3.0, spec) + "]", "[" + "{:{}}".format(-1.5, spec) + "]")

# The same value through every route to format().
v = 1234.5678
print(format(v, ",.2f"), f"{v:,.2f}", "{:,.2f}".format(v), "{x:,.2f}".format_map({"x": v}), "%.2f" % v)
