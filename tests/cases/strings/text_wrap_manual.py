# Greedy word wrapping, justification and indentation written with plain string operations.
text = ("Agents often produce long paragraphs of text that must be wrapped to a fixed width "
        "before they are shown in a terminal, an email or a log line without breaking words.")

def wrap(words, width):
    lines, current = [], ""
    for w in words:
        if not current:
            current = w
        elif len(current) + 1 + len(w) <= width:
            current += " " + w
        else:
            lines.append(current)
            current = w
    if current:
        lines.append(current)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]

lines = wrap(text.split(), 32)
for line in lines:
    print("|" + line.ljust(32) + "|")
print()
for line in lines[:-1]:
    print("|" + justify(line, 32) + "|")
print("|" + lines[-1].ljust(32) + "|")
print("\n".join("    " + l for l in wrap("short words only here".split(), 10)))
print([len(l) for l in lines], max(map(len, lines)) <= 32, wrap([], 10), wrap(["supercalifragilistic"], 5))
