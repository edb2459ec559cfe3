# yield from: delegation, return values, chaining iterables, and recursive tree walks.
def read_chunks(name, n):
    for i in range(n):
        yield f"{name}[{i}]"
    return n

def read_all(sources):
    total = 0
    for name, n in sources:
        total += yield from read_chunks(name, n)
    return total

g = read_all([("a", 2), ("b", 0), ("c", 3)])
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as stop:
        print(items, "total", stop.value)
        break

tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}]},
    {"value": 3, "children": [{"value": 5, "children": []}, {"value": 6, "children": []}]},
]}

def walk(node, depth=0):
    yield depth, node["value"]
    for child in node["children"]:
        yield from walk(child, depth + 1)

print(list(walk(tree)))
print(["  " * d + str(v) for d, v in walk(tree)])
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 1}, (x * x for x in range(3)))))
def passthrough():
    received = yield from echo()
    yield f"echo returned {received}"
def echo():
    got = yield "ready"
    return got.upper()
p = passthrough()
print(next(p), p.send("hello"))
