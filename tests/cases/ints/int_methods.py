# int methods and attributes: bit_length, bit_count, as_integer_ratio, is_integer, real/imag.
for n in [0, 1, -1, 7, -8, 255, 2**40, -(2**63), 2**100 - 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.conjugate())
x = 12
print(x.real, x.imag, x.numerator, x.denominator, True.real, type(True.numerator).__name__)
print(int.bit_length(1023), int.bit_count(2**64 - 1), (2**65).bit_length(), (10**18).bit_length())
def bits_needed(values):
    return max(v.bit_length() for v in values) if values else 0
print(bits_needed([3, 200, 17]), bits_needed([]), bits_needed([-(2**31)]))
for bad in (lambda: (5).bit_length(1), lambda: (5).bit_count(x=1), lambda: int.bit_length("7"), lambda: (5).nope):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
