# Integer conversions with flags, width and precision.
for v in [0, 7, -7, 255, -255, 123456]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%.3d|%8.4d|%x|%X|%#x|%#X|%o|%#o|%#08x|%-#8o|" % ((v,) * 16))

# Floats become ints for %d (truncated); %x needs an int.
print("%d %i %u" % (3.99, -3.99, 1e20))
print("%d %x" % (True, False))

# Float conversions.
for v in [0.0, 1.0, -2.5, 3.14159265, 1234567.891, 1e-7, 6.02e23]:
    print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f|%e|%.2E|%g|%G|%#g|%.3g|" % ((v,) * 12))

# Rounding is the same as format().
for v in [0.5, 1.5, 2.5, 2.675, 1.005]:
    print("%.0f %.1f %.2f" % (v, v, v), format(v, ".2f"))

# Ints convert to float for %f, big ints too.
print("%.2f %e %g" % (10**20, 2**70, -3))
print("%x %o %d" % (2**100, 8**40, -(10**25)))
