# Shifts and bitwise operators, including negative operands.
for a in [0, 1, -1, 5, -5, 12345, -12345]:
    print(a, a << 3, a >> 2, a & 0xFF, a | 0x10, a ^ -1, ~a)
print(-1 >> 100, 1 >> 100, 3 << 65)
