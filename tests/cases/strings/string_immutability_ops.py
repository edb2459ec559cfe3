# Strings are immutable: item assignment fails; operations build new strings.
s = "hello"
t = s
s += " world"
print(s, t, s is t)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
chars = list(s)
chars[0] = "H"
print("".join(chars), s.replace("h", "H", 1), "H" + s[1:])
print(s * 2, 3 * "ab", "-" * 0, "x" * -1, "" * 100)
print("a" < "b", "Z" < "a", "apple" < "apples", "10" < "9", "é" > "z", sorted(["b", "A", "a", "B"]))
print("ell" in s, "" in s, "xyz" not in s, s.count("l"), s.find("o"), s.index("w"))
for bad in (lambda: "a" + 1, lambda: "a" * "b", lambda: "a" * 2.0, lambda: "abc"[5], lambda: "a" - "b", lambda: "abc" < 5):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(s[::-1], s[-5:], s[100:], s[:-100], s[1:8:3], len(s), s[len(s) - 1])
