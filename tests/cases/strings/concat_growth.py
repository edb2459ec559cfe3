# Repeated concatenation: every intermediate str keeps its own value while later ones grow.
s = ""
history = []
for i in range(40):
    s += str(i % 10)
    history.append(s)
print(len(s), s[:12], s[-5:])
print([len(h) for h in history[:6]], history[3], history[10])
print(all(h == s[:len(h)] for h in history))

# Appending to an older str must not disturb the newer one built from it.
base = "ab" + "cd"
longer = base + "efgh"
longer2 = longer + "ij"
branch = base + "XY"
branch2 = longer + "ZZ"
print(base, longer, longer2, branch, branch2)
print(longer2 + longer2, (longer + longer)[3:9])

# Hashing and equality of built strs agree with literals.
built = ""
for part in ["key", "_", "one"]:
    built = built + part
table = {"key_one": 1}
print(built == "key_one", hash(built) == hash("key_one"), table[built], built in {"key_one"})

# Non-ASCII pieces: lengths count code points.
t = "é"
for piece in ["ü", "x", "日本", "🐍", "z"]:
    t += piece
print(t, len(t), t[2], t[-2], [ord(c) for c in t])

# An empty operand gives the other str back.
x = "abc" * 3
print((x + "") is x, ("" + x) is x, x + "" == x)

# Concatenation with other types fails as CPython says.
for bad in [1, None, [1]]:
    try:
        s + bad
    except TypeError as e:
        print(e)
words = []
acc = ""
for w in "the quick brown fox jumps".split():
    acc += w + " "
    words.append(acc.strip())
print(words)
