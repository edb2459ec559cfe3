# Integers through every presentation type of the format mini-language.
values = [0, 1, -1, 7, 42, -42, 255, 4096, -65535, 123456789]
for v in values:
    print(format(v, "d"), format(v, "b"), format(v, "o"), format(v, "x"), format(v, "X"), format(v, "n"), format(v, ""))

# The alternate form adds a base prefix after the sign.
for v in [0, 10, -10, 255, -4096]:
    print(f"{v:#b} {v:#o} {v:#x} {v:#X}")

# 'c' turns a code point into its character.
for code in [65, 97, 48, 0x263A, 0x1F600, 233]:
    print(repr(format(code, "c")), f"[{code:^5c}]", f"[{code:>3c}]")

# Large ints (beyond 64 bits) format like small ones.
big = 2**100 + 12345
print(format(big, "d"))
print(format(big, "x"))
print(format(-big, "#X"))
print(format(big, "o"))
print(len(format(big, "b")), format(big, "b")[:20])
print(f"{-2**63:d} {2**64:x} {-(2**64):#o}")
