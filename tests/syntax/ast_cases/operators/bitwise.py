a | b
a & b
a ^ b
a << b
a >> b
~a
flags = READ | WRITE & ~EXEC
mask = (1 << 8) - 1
h = (h ^ c) * 16777619 & 0xFFFFFFFF
