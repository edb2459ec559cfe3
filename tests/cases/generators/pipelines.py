# Lazy pipelines of generators, as agent scripts write them.
def read_lines(text):
    for line in text:
        yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=") if False else (line[0], "=", line[2:])
        yield key, value

def only(pairs, wanted):
    return (p for p in pairs if p[0] in wanted)

data = ["a=1", "b=22", "c=333", "a=4"]
result = list(only(parse(read_lines(data)), "ac"))
print(result)
totals = {}
for key, value in parse(data):
    totals[key] = totals.get(key, 0) + len(value)
print(totals)

def take(n, iterable):
    out = []
    for item in iterable:
        if len(out) == n:
            break
        out.append(item)
    return out

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(take(5, naturals()), take(3, (x * x for x in naturals() if x % 2)))
gen = naturals()
print(next(gen), next(gen), list(zip_like := [next(gen) for _ in range(3)]))
