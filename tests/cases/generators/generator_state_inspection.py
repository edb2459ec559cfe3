# Generators keep local state between yields; several independent generators interleave.
def tokenizer(text):
    word = ""
    position = 0
    for position, ch in enumerate(text):
        if ch.isalnum():
            word += ch
        elif word:
            yield position - len(word), word
            word = ""
    if word:
        yield position + 1 - len(word), word

a = tokenizer("hello, big world")
b = tokenizer("x1 y2")
print(next(a), next(b), next(a), next(b), next(a), next(b, "b done"), next(a, "a done"))
def round_robin(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(round_robin(iter("abc"), iter([1, 2]), tokenizer("p q r s"))))
def numbered(lines, start=1):
    n = start
    for line in lines:
        if line.strip():
            yield f"{n:>3}: {line}"
            n += 1
print("\n".join(numbered(["first", "", "second", "   ", "third"])))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])), list(pairwise("ab")))
