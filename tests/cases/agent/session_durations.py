# Build user sessions from login/logout events and report durations in minutes.
events = [
    ("u1", "login", 540), ("u2", "login", 545), ("u1", "logout", 600),
    ("u3", "login", 610), ("u2", "logout", 700), ("u1", "login", 720),
    ("u3", "logout", 615), ("u1", "logout", 735), ("u4", "logout", 800),
]
open_sessions = {}
sessions = []
anomalies = []
for user, kind, minute in sorted(events, key=lambda e: e[2]):
    if kind == "login":
        open_sessions[user] = minute
    elif user in open_sessions:
        sessions.append((user, open_sessions.pop(user), minute))
    else:
        anomalies.append(f"{user} logout without login at {minute // 60:02d}:{minute % 60:02d}")

totals = {}
for user, start, end in sessions:
    totals[user] = totals.get(user, 0) + (end - start)
    print(f"{user}: {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d} ({end - start} min)")
print(totals)
print("longest:", max(sessions, key=lambda s: s[2] - s[1]))
print("still open:", open_sessions, anomalies)
avg = sum(totals.values()) / len(totals)
print(f"average per user: {avg:.1f} min")
