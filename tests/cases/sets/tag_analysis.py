# Tag analysis with sets: co-occurrence, Jaccard similarity, tags unique to one document.
docs = {
    "d1": {"python", "async", "web"},
    "d2": {"python", "data", "ml"},
    "d3": {"web", "css", "html"},
    "d4": {"python", "web", "api", "async"},
    "d5": set(),
}
def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 1.0
names = sorted(docs)
pairs = [(a, b, jaccard(docs[a], docs[b])) for i, a in enumerate(names) for b in names[i + 1:]]
for a, b, j in sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))[:4]:
    print(f"{a}-{b}: {j:.3f} shared={sorted(docs[a] & docs[b])}")
all_tags = set().union(*docs.values())
counts = {t: sum(t in tags for tags in docs.values()) for t in sorted(all_tags)}
print(counts)
for name in names:
    others = set().union(*(docs[n] for n in names if n != name))
    print(name, "unique:", sorted(docs[name] - others))
print(sorted(docs["d1"] ^ docs["d4"]), docs["d1"] < docs["d4"], docs["d5"].issubset(docs["d1"]), docs["d2"].isdisjoint(docs["d3"]))
