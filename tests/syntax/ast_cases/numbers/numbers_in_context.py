KB = 1024
MB = KB * 1_024
timeout = 2.5
pi_ish = 355 / 113
colors = [0xFF0000, 0x00FF00, 0x0000FF]
perms = 0o644
mask = 0b1111_1111
