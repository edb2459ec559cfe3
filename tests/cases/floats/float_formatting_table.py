# Formatting floats for reports: fixed, exponent, general, percent, grouping, alignment.
measures = [0.0, 0.000123456, 1.5, -42.125, 1234567.891, 1e21, 3.14159265358979]
print(f"{'value':>16} {'.3f':>14} {'.3e':>12} {'g':>12} {'.2%':>12}")
for m in measures:
    print(f"{m!r:>16} {m:>14.3f} {m:>12.3e} {m:>12g} {m:>12.2%}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {-0.5:+.1f} {0.5: .1f} {2.5:08.2f} {-2.5:08.2f}")
print(f"{1e-7:.3g} {123456789.0:.3g} {0.0001:g} {1e16:g} {100.0:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{3.0:#.0f} {3.14159:.10f} {2/3:.15g} {2/3:.17g} {1.0:.0e} {12.5:=+10.2f}")
print(format(0.1, ".20f"), format(1.0, "n"), format(1e100, ".5"), format(-1e-100, "G"))
print("%.2f|%8.3f|%-8.1f|%e|%G|%g" % (2.675, -1.0005, 9.95, 12345.6789, 1e-10, 0.00001234))
total = sum(measures[:5])
print(f"total={total:.4f} avg={total / 5:.4f} share={measures[2] / total:.3%}")
