# Schedule jobs with priorities and dependencies (topological order), reporting cycles.
jobs = {
    "deploy": {"deps": ["build", "test"], "priority": 1},
    "build": {"deps": ["fetch"], "priority": 2},
    "test": {"deps": ["build"], "priority": 3},
    "fetch": {"deps": [], "priority": 5},
    "lint": {"deps": ["fetch"], "priority": 4},
    "docs": {"deps": [], "priority": 0},
}

def schedule(jobs):
    remaining = {name: set(spec["deps"]) for name, spec in jobs.items()}
    order = []
    while remaining:
        ready = [n for n, deps in remaining.items() if not deps]
        if not ready:
            raise ValueError(f"dependency cycle among {sorted(remaining)}")
        ready.sort(key=lambda n: (-jobs[n]["priority"], n))
        chosen = ready[0]
        order.append(chosen)
        del remaining[chosen]
        for deps in remaining.values():
            deps.discard(chosen)
    return order

print(schedule(jobs))
jobs["fetch"]["deps"] = ["deploy"]
try:
    schedule(jobs)
except ValueError as e:
    print("ValueError:", e)
levels = {}
def level(name, seen=()):
    if name in seen:
        return -1
    deps = [d for d in jobs[name]["deps"] if d != "deploy"]
    return 0 if not deps else 1 + max(level(d, seen + (name,)) for d in deps)
for name in sorted(jobs):
    levels.setdefault(level(name), []).append(name)
print(dict(sorted(levels.items())))
