# str.join over generators and other lazy iterables, including ones that fail midway.
print(", ".join(w.upper() for w in ["alpha", "beta", "gamma"]))
print("".join(str(i) for i in range(12)), "-".join(map(str, range(5))), "+".join(reversed(["a", "b", "c"])))
print("|".join(k + "=" + v for k, v in {"a": "1", "b": "2"}.items()), " ".join(filter(str.isalpha, ["ab", "1", "cd"])))
print("".join(c for c in "h3ll0 w0rld" if not c.isdigit()), ",".join(x for x in []), repr("".join(iter([]))))
def words(text):
    for word in text.split():
        yield word.strip(".,!").lower()
print(" ".join(words("Hello, World! This is... a TEST.")))
def numbered(items):
    for i, item in enumerate(items, 1):
        yield str(i) + ". " + item
print("\n".join(numbered(["first", "second", "third"])))
def big(n):
    for i in range(n):
        yield "chunk" + str(i) + ";"
joined = "".join(big(5000))
print(len(joined), joined.count(";"), joined.rfind("chunk4999"))
def failing():
    yield "ok"
    yield "fine"
    raise ValueError("generator broke")
try:
    print("-".join(failing()))
except ValueError as e:
    print("ValueError:", e)
def mixed():
    yield "a"
    yield 2
try:
    print("-".join(mixed()))
except TypeError as e:
    print("TypeError:", e)
print(",".join(sorted({"b", "a", "c"})), ",".join(zip("ab", "cd") and ["zipped"]), "".join(list("xyz")))
print("/".join(s.strip() for s in " a / b / c ".split("/")), "·".join(ch for ch in "ñandú"))
