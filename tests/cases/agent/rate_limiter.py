# A sliding-window rate limiter kept in a closure, applied to a request stream.
def make_limiter(limit, window):
    seen = {}
    def allow(client, now):
        recent = [t for t in seen.get(client, []) if now - t < window]
        if len(recent) >= limit:
            seen[client] = recent
            return False
        recent.append(now)
        seen[client] = recent
        return True
    def state():
        return {c: len(ts) for c, ts in sorted(seen.items())}
    return allow, state

allow, state = make_limiter(limit=3, window=10)
requests = [("a", 0), ("a", 1), ("b", 1), ("a", 2), ("a", 3), ("b", 5),
            ("a", 11), ("a", 12), ("a", 13), ("b", 30)]
blocked = []
for client, now in requests:
    ok = allow(client, now)
    if not ok:
        blocked.append((client, now))
    print(f"t={now:>2} {client}: {'allow' if ok else 'BLOCK'}")
print("blocked:", blocked)
print("state:", state())
other_allow, other_state = make_limiter(1, 5)
print(other_allow("a", 0), other_allow("a", 1), other_state(), state()["a"])
