# The sign option: '-' (default), '+' and ' ' (a space for positives).
values = [0, 3, -3, 100, -100]
for v in values:
    print(f"[{v:-}] [{v:+}] [{v: }] [{v:+5}] [{v: 5}] [{v:<+5}] [{v:^ 7}]")

# The sign comes before a prefix and before zero padding.
for v in [10, -10]:
    print(f"[{v:+#x}] [{v: #o}] [{v:+#010b}] [{v: 06}] [{v:+,}]")

print(format(-0, "+"), format(0, " "), format(-12345678, "+,"), format(12345678, " _"))
