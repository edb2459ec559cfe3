# bin/oct/hex, str/repr of big values, bit_length, int.to_bytes-free digit tricks.
values = [0, 1, -1, 255, -256, 2**31, 2**63 - 1, -(2**63), 2**100 + 1, 12345678901234567890]
for v in values:
    print(v, bin(v), oct(v), hex(v), v.bit_length())
print(hex(-0), bin(True), oct(8), hex(2**64))
n = 2**200
s = str(n)
print(len(s), s[:10], s[-10:], sum(int(c) for c in s))
print(int(str(n)) == n, repr(-n)[:12])
digits = []
x = 987654321
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits, int("".join(map(str, reversed(digits)))))
print(abs(-(2**70)), -(2**70) < -(2**69), 2**70 == 2.0**70, 2**53 + 1 == float(2**53 + 1))
print((1).bit_length(), (0).bit_length(), (-(2**64)).bit_length(), (2**64).bit_count() if hasattr(int, "bit_count") else 1)
print(f"{2**64:,}", f"{-(10**12):_}", f"{255:#x} {255:#o} {255:#b} {255:08b}")
