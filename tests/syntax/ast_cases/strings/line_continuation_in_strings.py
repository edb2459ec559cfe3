s = "first \
second"
t = '''keep
this\
joined'''
u = b"bytes \
too"
r = r"raw \
keeps backslash"
