x = 1if y else 2
x = [0x1for x in y]
x = 1or 2
x = 0b1and 2
x = 1.5if y else 2
