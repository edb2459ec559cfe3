# Strings: alignment (left by default), fill, width and precision counted in code points.
words = ["", "a", "coil", "héllo", "naïve café", "日本語", "\U0001F600!"]
for w in words:
    print(f"[{w:8}] [{w:>8}] [{w:^8}] [{w:*<8}] [{w:.3}] [{w:>6.2}] [{w:s}]")

# A '0' before the width pads strings with zeros on the right (they are left-aligned).
print(f"[{'ab':05}] [{'ab':<05}] [{'ab':>05}] [{'ab':x<05}] [{'ab':^05}]")

# Centring puts the extra fill character on the right.
for width in range(3, 8):
    print(f"[{'ab':-^{width}}] [{'abc':-^{width}}]")

# Non-ASCII fill characters.
print(f"[{'x':é^7}] [{'mid':\u2500^11}] [{'end':\u00b7>9}]")

# Truncation of a column.
names = ["Alexandria", "Bo", "Christopher", "Dee"]
for n in names:
    print(f"|{n:.6}|{n:<8.8}|{n:>5.3}|")
