# Sets passed to and returned from functions, closures and generators.
def evens_in(values):
    return {v for v in values if v % 2 == 0}
def merge_all(*groups):
    out = set()
    for g in groups:
        out |= set(g)
    return out
print(evens_in(range(15)), merge_all([1, 2], (2, 3), {3, 4}, "5"))
def make_counter():
    seen = set()
    def visit(x):
        new = x not in seen
        seen.add(x)
        return new, len(seen)
    return visit
visit = make_counter()
print([visit(x) for x in [3, 1, 3, 2, 1, 4]])
def unique(iterable):
    seen = set()
    for item in iterable:
        if item not in seen:
            seen.add(item)
            yield item
print(list(unique("abracadabra")), list(unique([3, 1, 3, 2, 1])))
def powerset(items):
    result = {frozenset()}
    for x in items:
        result |= {s | {x} for s in result}
    return result
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
def reachable(graph, start):
    seen, stack = {start}, [start]
    while stack:
        node = stack.pop()
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "e": ["a"], "f": ["a"]}
print(sorted(reachable(graph, "a")), reachable(graph, "d"), sorted(reachable(graph, "f")))
print(sorted(set(graph) - reachable(graph, "b")))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(primes)
print(sorted(primes))
