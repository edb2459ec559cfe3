# Rank users by number of events, ties broken by name; show the top three.
events = [
    {"user": "maria", "action": "login"},
    {"user": "li", "action": "upload"},
    {"user": "maria", "action": "upload"},
    {"user": "sam", "action": "login"},
    {"user": "li", "action": "login"},
    {"user": "zoe", "action": "delete"},
    {"user": "sam", "action": "upload"},
    {"user": "maria", "action": "logout"},
    {"user": "li", "action": "logout"},
]
counts = {}
for e in events:
    counts[e["user"]] = counts.get(e["user"], 0) + 1
ranking = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (user, n) in enumerate(ranking[:3], start=1):
    print(f"#{place} {user} ({n} events)")
actions = {}
for e in events:
    actions.setdefault(e["action"], set()).add(e["user"])
for action in sorted(actions):
    print(action, "->", ", ".join(sorted(actions[action])))
only_once = [u for u, n in counts.items() if n == 1]
print("single-event users:", only_once)
print("most common action:", max(actions, key=lambda a: (len(actions[a]), a)))
