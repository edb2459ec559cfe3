area = 3.14159 * r ** 2
avg = sum(values) / len(values)
idx = (lo + hi) // 2
rem = -7 % 3
z = 1 + 2j * 3
ratio = 1e3 / 2.5e-2
