1 .real
1.0.real
1j.imag
0x10.bit_length()
(1).bit_length()
1..hex()
