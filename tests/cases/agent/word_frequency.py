# Word frequencies in a block of text, normalized and ranked, with a bar chart.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick fox, a lazy dog -- and THE end."""
cleaned = "".join(ch.lower() if ch.isalpha() or ch.isspace() else " " for ch in text)
words = cleaned.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
stop = {"a", "and", "the", "over"}
ranked = sorted((w for w in freq if w not in stop), key=lambda w: (-freq[w], w))
width = max(len(w) for w in ranked)
for w in ranked[:6]:
    print(f"{w:<{width}} {freq[w]:>2} {'#' * freq[w]}")
print("total words:", len(words), "distinct:", len(freq))
print("stop words used:", sorted(stop & set(words)))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
