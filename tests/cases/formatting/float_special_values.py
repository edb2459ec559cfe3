# inf, nan and negative zero under every presentation type.
inf = float("inf")
nan = float("nan")
for v in [inf, -inf, nan, -nan]:
    print(f"{v} | {v:f} | {v:F} | {v:e} | {v:E} | {v:g} | {v:G} | {v:%} | {v:+} | {v:010} | {v:^9} | {v:=+10.2f}")

# Negative zero keeps its sign unless 'z' is given.
for v in [-0.0, 0.0, -0.0001, -0.004, 0.004]:
    print(f"{v} | {v:.2f} | {v:z.2f} | {v:z} | {v:+z.1f} | {v:z.0e} | {v:zg}")

# %-formatting of the same values.
for v in [inf, -inf, nan, -0.0]:
    print("%f %e %g %5.1f %-8F| %+f %05f" % (v, v, v, v, v, v, v))
