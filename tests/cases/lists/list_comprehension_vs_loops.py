# The same transformations written as loops, comprehensions and map/filter give equal results.
data = [4, -1, 7, 0, -3, 12, 5]
loop = []
for x in data:
    if x > 0:
        loop.append(x * x)
comp = [x * x for x in data if x > 0]
func = list(map(lambda x: x * x, filter(lambda x: x > 0, data)))
print(loop, comp == loop == func)
pairs_loop = []
for i, x in enumerate(data):
    for y in data[i + 1:]:
        if x + y == 4:
            pairs_loop.append((x, y))
pairs_comp = [(x, y) for i, x in enumerate(data) for y in data[i + 1:] if x + y == 4]
print(pairs_loop, pairs_comp == pairs_loop)
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks, [sum(c) for c in chunks], [c[::-1] for c in chunks])
running = []
acc = 0
for x in data:
    acc += x
    running.append(acc)
print(running, [sum(data[:i + 1]) for i in range(len(data))] == running)
flags = [x > 0 for x in data]
print(flags, flags.count(True), [i for i, f in enumerate(flags) if not f])
