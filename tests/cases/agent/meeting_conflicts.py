# Find overlapping meetings per room and compute free slots in a working day.
meetings = [
    {"room": "A", "title": "standup", "start": "09:00", "end": "09:15"},
    {"room": "A", "title": "design", "start": "09:10", "end": "10:00"},
    {"room": "B", "title": "1:1", "start": "11:00", "end": "11:30"},
    {"room": "A", "title": "lunch talk", "start": "12:00", "end": "13:00"},
    {"room": "B", "title": "review", "start": "11:30", "end": "12:30"},
    {"room": "A", "title": "retro", "start": "12:45", "end": "13:30"},
]

def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)

def fmt(total):
    return f"{total // 60:02d}:{total % 60:02d}"

rooms = {}
for m in meetings:
    rooms.setdefault(m["room"], []).append(m)
for room in sorted(rooms):
    booked = sorted(rooms[room], key=lambda m: minutes(m["start"]))
    for a, b in zip(booked, booked[1:]):
        if minutes(b["start"]) < minutes(a["end"]):
            print(f"room {room}: {a['title']!r} overlaps {b['title']!r} by {minutes(a['end']) - minutes(b['start'])} min")
    free = []
    cursor = minutes("09:00")
    for m in booked:
        if minutes(m["start"]) > cursor:
            free.append(f"{fmt(cursor)}-{m['start']}")
        cursor = max(cursor, minutes(m["end"]))
    if cursor < minutes("17:00"):
        free.append(f"{fmt(cursor)}-17:00")
    print(f"room {room} free:", free)
