# Concatenation, repetition, indexing, membership, comparison and repr of str.
s = "hello"
t = 'world'
print(s + " " + t, s * 3, s[0], s[-1], len(s))
print("ell" in s, "xyz" in s, s < t, s == "hello", s != t)
print(repr(s), repr("it's"), repr('say "hi"'), repr("tab\tnew\nline"))
word = "héllo wörld"
print(len(word), word[1], word[-2], repr(word))
for ch in "abc":
    print(ch, ord(ch), chr(ord(ch) + 1))
