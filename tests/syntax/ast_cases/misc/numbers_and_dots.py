y = 1 .__class__
z = (1).__class__
w = 1.0.__class__
v = 1j.real
u = 0b1.bit_count() if False else None
