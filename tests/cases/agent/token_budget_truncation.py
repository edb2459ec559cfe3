# Fit chat messages into a token budget: estimate tokens, drop oldest turns, truncate long ones.
messages = [
    {"role": "system", "text": "You are a helpful assistant that answers briefly."},
    {"role": "user", "text": "Summarize the quarterly report for me please."},
    {"role": "assistant", "text": "Revenue grew 12 percent while costs stayed flat across all regions."},
    {"role": "user", "text": "And what about the outlook for next year, including risks and hiring plans?"},
    {"role": "assistant", "text": "Outlook is positive. " * 6},
    {"role": "user", "text": "Thanks! Can you list the top three risks?"},
]

def tokens(text):
    return len(text.split()) + sum(1 for ch in text if ch in ",.!?")

def fit(msgs, budget):
    system, rest = msgs[0], msgs[1:]
    used = tokens(system["text"])
    kept = []
    for m in reversed(rest):
        cost = tokens(m["text"])
        if used + cost <= budget:
            kept.append(m)
            used += cost
        elif budget - used > 5:
            words = m["text"].split()[: budget - used - 2]
            kept.append({"role": m["role"], "text": " ".join(words) + " …"})
            used = budget
            break
        else:
            break
    return [system] + kept[::-1], used

for budget in (200, 40, 25, 12):
    kept, used = fit(messages, budget)
    print(f"budget {budget:>3}: {len(kept)} messages, {used} tokens -> {[m['role'][0] for m in kept]}")
kept, _ = fit(messages, 40)
for m in kept:
    print(f"  {m['role']:>9}: {m['text'][:50]}")
