# Width, alignment, fill characters and the '=' alignment of integers.
for v in [7, -7, 1234]:
    print(f"[{v:8}] [{v:<8}] [{v:>8}] [{v:^8}] [{v:=8}]")
    print(f"[{v:*<8}] [{v:*>8}] [{v:*^8}] [{v:*=8}] [{v:08}]")
    print(f"[{v:+08}] [{v: 08}] [{v:0<8}] [{v:0^9}] [{v:#>+9}]")

# Fill characters can be any character, even braces or non-ASCII letters.
print(format(42, "é^9"), format(42, "{<6"), format(42, "}>6"), format(-42, "\u2588=8"))

# A width narrower than the number changes nothing.
print(f"[{123456:3}] [{-123456:03}] [{123456:<2}]")

# Zero padding with '#' keeps the prefix in front of the zeros.
print(f"[{255:#010x}] [{-255:#010x}] [{5:#08b}] [{8:#06o}]")
print(f"[{255:#=10x}] [{255:_^#12x}]")

# bool formats as an int once there is a spec, as str() without one.
print(f"[{True}] [{True:>5}] [{False:d}] [{True:#x}] [{False:05}]")

# Right-aligned columns of a small table.
rows = [("north", 1520, -30), ("south", 98, 1204), ("east", 25003, 7)]
for name, a, b in rows:
    print(f"{name:<6}{a:>8}{b:>+7}")
