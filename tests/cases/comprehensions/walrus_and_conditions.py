# Assignment expressions inside comprehensions and conditions; they bind in the enclosing scope.
data = [3, 8, 1, 9, 4, 12]
print([y for x in data if (y := x * 2) > 10])
print(y)
readings = ["12", "x", "7", "", "30"]
valid = [n for r in readings if r.isdigit() and (n := int(r)) >= 10]
print(valid, n)
totals = []
running = 0
print([running := running + x for x in data], running)
def first_long(words, size):
    if any(len(found := w) > size for w in words):
        return found
    return None
print(first_long(["hi", "there", "everyone"], 4), first_long(["a"], 4))
lines = iter(["a=1", "b=2", "", "c=3"])
config = {}
while (line := next(lines, None)) is not None:
    if not line:
        continue
    key, _, value = line.partition("=")
    config[key] = int(value)
print(config)
if (count := len(config)) > 2:
    print("many keys:", count)
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
