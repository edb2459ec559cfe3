# Extended slices of str agree with the same slices of the list of its characters.
samples = ["", "a", "abcdef", "héllo", "日本語テキスト", "a😀b😃c😄d", "ĀāĂăĄą"]
mismatches = 0
checked = 0
for s in samples:
    chars = list(s)
    for start in [None, -9, -3, -1, 0, 1, 4, 9]:
        for stop in [None, -8, -2, 0, 2, 5, 10]:
            for step in [None, 1, 2, 3, -1, -2, -5]:
                got = s[start:stop:step]
                joined = ""
                for c in chars[start:stop:step]:
                    joined += c
                checked += 1
                if got != joined:
                    mismatches += 1
print(checked, mismatches)
for s in samples:
    print(repr(s[::-1]), repr(s[::2]), repr(s[1::-1]), repr(s[-2::-2]))
text = "ab€cd" * 3
print(text[::4], text[2::5], text[::-5], text[13:1:-3])
print(len(text[::-1]), text[::-1][::-1] == text)
