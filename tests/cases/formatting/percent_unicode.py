# %-formatting with non-ASCII text: widths and precisions count code points.
for word in ["café", "日本語", "Ünïcödé", "\U0001F600x"]:
    print("[%8s] [%-8s] [%.2s] [%6.3s] [%r] [%a]" % (word, word, word, word, word, word))

# %c accepts any code point.
print("%c%c%c%c" % (0xE9, 0x65E5, 0x1F600, "ß"))
print("[%3c] [%-3c]" % (0x263A, "é"))

# The error index counts code points of the format string.
for fmt in ["é%y", "日本%q", "%s→%k"]:
    try:
        print(fmt % ("x", "y"))
    except (ValueError, TypeError) as e:
        print(repr(fmt), e)

# Mapping keys can be non-ASCII.
print("%(prénom)s %(名前)s" % {"prénom": "Zoé", "名前": "花子"})
