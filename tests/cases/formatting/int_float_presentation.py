# Ints with float presentation types are converted to float first; floats reject int types.
for n in [0, 7, -7, 123456789, 2**53 + 1, 10**20]:
    print(f"{n:e} | {n:.2f} | {n:g} | {n:.3%} | {n:,.1f} | {n:E} | {n:G} | {n:F}")

# 'n' stays an integer type for ints.
print(f"{123456789:n} {-42:n} {2**70:n} {123456789:>12n}")

# bool goes through the int path.
print(f"{True:e} {False:.1f} {True:%} {True:b} {True:o} {True:c}|")

# The same through %-formatting: %f takes ints, %d takes floats.
print("%f %e %g %d %i" % (7, -7, 10**20, 7.9, -7.9))
for spec in ["d", "x", "b", "c", "o", "n"]:
    try:
        print(format(2.0, spec))
    except ValueError as e:
        print(spec, "->", e)
