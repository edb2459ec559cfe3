# Slicing ASCII strings.
s = "The quick brown fox jumps over the lazy dog"
print(s[4:9], s[:3], s[-3:], s[-8:-4], s[10:15])
print(s[::-1])
print(s[::2], s[1::2], s[::5], s[3::7])
print(s[40:], s[43:], s[100:], s[-100:3], repr(s[5:5]), repr(s[9:4]))
print(s[:] is s, s[0:] is s, s[::1] is s)
words = []
start = 0
for i in range(len(s) + 1):
    if i == len(s) or s[i] == ' ':
        words.append(s[start:i])
        start = i + 1
print(words, len(words))
print([w[::-1] for w in words])
print([w[1:-1] for w in words if len(w) > 2])
path = "/usr/local/lib/python3.12/site-packages"
print(path[1:4], path[11:], path[-8:])
line = "key=value=more"
eq = 0
while line[eq] != '=':
    eq += 1
print(line[:eq], line[eq + 1:])
digits = "0123456789"
print(digits[::3], digits[8:2:-2], digits[-1::-4], digits[::-9], digits[1:2:-1])
print(digits[2] + digits[4:6] * 2)
padded = "   centred   "
i = 0
while padded[i:i + 1] == ' ':
    i += 1
j = len(padded)
while padded[j - 1:j] == ' ':
    j -= 1
print(repr(padded[i:j]), i, j)
