# Statistics over a chat transcript: turns per speaker, words, questions, longest message.
transcript = """\
user: Hi, can you help me plan a trip to Lisbon?
assistant: Of course! How many days will you stay, and what do you enjoy?
user: Four days. I like food, history and walking.
assistant: Great. Day one: Alfama and the castle. Day two: Belém. Day three: LX Factory. Day four: Sintra.
user: Is Sintra easy to reach by train?
assistant: Yes, about 40 minutes from Rossio station.
user: Perfect, thanks!"""
turns = [line.split(": ", 1) for line in transcript.splitlines()]
stats = {}
for speaker, text in turns:
    s = stats.setdefault(speaker, {"turns": 0, "words": 0, "questions": 0})
    s["turns"] += 1
    s["words"] += len(text.split())
    s["questions"] += text.count("?")
for speaker, s in stats.items():
    print(f"{speaker:>9}: {s['turns']} turns, {s['words']} words, {s['words'] / s['turns']:.1f} per turn, {s['questions']} questions")
longest = max(turns, key=lambda t: len(t[1]))
print("longest:", longest[0], len(longest[1]), repr(longest[1][:30] + "..."))
numbers = [w for _, text in turns for w in text.replace(".", " ").split() if w.isdigit()]
print("numbers mentioned:", numbers)
print("alternates:", all(a[0] != b[0] for a, b in zip(turns, turns[1:])))
