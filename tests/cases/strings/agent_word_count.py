# Agent-style word counting: normalise case and punctuation, count with a dict, rank the words.
text = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief! It was the epoch of incredulity?
Straße, STRASSE and strasse: the same word when case-folded. Café, café, CAFÉ!"""
strip_punct = str.maketrans("", "", ".,;:!?")
counts = {}
for word in text.translate(strip_punct).casefold().split():
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
shown = 0
for word, n in ranked:
    if shown == 8:
        break
    print(word.ljust(12), str(n).rjust(3), "#" * n)
    shown += 1
print(len(counts), sum(counts.values()), counts["strasse"], counts["café"], counts.get("time", 0))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))
print("".join([top[i] for i in range(5)]), letters["é"], letters["ß"])
lines = text.splitlines()
print([len(line.split()) for line in lines], [line.count("was") for line in lines])
sentences = text.replace("!", ".").replace("?", ".").replace("...", ".").split(".")
print(len([s for s in sentences if s.strip()]), [s.strip().split(" ")[0] for s in sentences if s.strip()])
capitalised = [w for w in text.split() if w.istitle()]
print(capitalised)
