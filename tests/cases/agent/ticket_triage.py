# Triage support tickets: priority score, sort, and assign round-robin to agents.
tickets = [
    {"id": "T1", "title": "Login broken", "tags": ["auth", "urgent"], "age_h": 2},
    {"id": "T2", "title": "Typo on page", "tags": ["ui"], "age_h": 50},
    {"id": "T3", "title": "Payment failed", "tags": ["billing", "urgent"], "age_h": 30},
    {"id": "T4", "title": "Feature request", "tags": [], "age_h": 200},
    {"id": "T5", "title": "Slow search", "tags": ["perf"], "age_h": 5},
]
weights = {"urgent": 50, "billing": 20, "auth": 15, "perf": 10, "ui": 1}

def score(ticket):
    base = sum(weights.get(tag, 0) for tag in ticket["tags"])
    return base + min(ticket["age_h"] // 24, 5) * 3

queue = sorted(tickets, key=lambda t: (-score(t), t["id"]))
agents = ["kim", "lee"]
assignment = {a: [] for a in agents}
for i, t in enumerate(queue):
    assignment[agents[i % len(agents)]].append(t["id"])
    print(f"{t['id']:<3} score={score(t):>3} {t['title']}")
print(assignment)
urgent = [t["id"] for t in tickets if "urgent" in t["tags"]]
print("urgent:", urgent, "untagged:", [t["id"] for t in tickets if not t["tags"]])
