# Float formatting at the edges: repr switching points, tiny and huge values, rounding.
for v in [1e15, 1e16, 1e17, 123456789012345680.0, 0.0001, 0.00001, 1e-300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e22, 1e21]:
    print(f"{v} | {v!r} | {v:.3} | {v:g} | {v:.17g} | {v:e}")

# Rounding to a precision: exact halves round to even, others go the nearest way.
for v in [0.5, 1.5, 2.5, 3.5, 4.5, 0.25, 0.35, 0.45, 2.675, 1.0005, 1.00050001, 999.9995, 9.995, 9.9995]:
    print(f"{v!r:>12} {v:.0f} {v:.1f} {v:.2f} {v:.3f} {v:.1e} {v:.3g}")

# Negative zero and values that round to zero.
for v in [-0.0, -1e-10, -0.0049, -0.005, -0.5]:
    print(f"{v} {v:.2f} {v:z.2f} {v:.0f} {v:z.0f} {v:e} {v:g}")
print("%.2f %.0f %e" % (-0.0, -0.4, -0.0))
