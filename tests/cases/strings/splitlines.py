# str.splitlines: every line boundary Python knows, keepends as a position or keyword.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(text.splitlines(True))
print(len(text.splitlines()), len(text.splitlines(keepends=True)))
samples = ["", "\n", "\n\n", "a", "a\n", "a\r\n", "a\n\r", "\r\n\r\n", "a\rb\r", "no newline at all", "tab\tis\tnot"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(keepends=True))
print("x\ny".splitlines(1), "x\ny".splitlines(0), "x\ny".splitlines("yes"), "x\ny".splitlines([]))
print("x\ny".splitlines(keepends=None), "x\ny".splitlines(keepends=2.5))
print("ligne été\nzweite Zeile\n第三行".splitlines())
print("\x1c\x1d\x1e".splitlines(), "\x1f".splitlines(), "\x1c\x1d\x1e".splitlines(True))
poem = """Roses are red,
  Violets are blue,

Sugar is sweet.
"""
for number in range(len(poem.splitlines())):
    line = poem.splitlines()[number]
    print(number + 1, repr(line), repr(line.strip()))
for args in [(1, 2)]:
    try:
        print("x".splitlines(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x".splitlines(keep=True))
except TypeError as e:
    print("TypeError:", e)
try:
    print("x".splitlines(True, keepends=False))
except TypeError as e:
    print("TypeError:", e)
