# Feature-flag evaluation: percentage rollouts by stable hash of user id, allowlists, and overrides.
flags = {
    "new_ui": {"enabled": True, "percent": 30, "allow": {"u7"}},
    "beta_api": {"enabled": True, "percent": 0, "allow": {"u1", "u2"}},
    "dark_mode": {"enabled": False, "percent": 100, "allow": set()},
}
overrides = {("u3", "new_ui"): False, ("u4", "dark_mode"): True}

def bucket(user, flag):
    h = 0
    for ch in f"{flag}:{user}":
        h = (h * 31 + ord(ch)) % 1000003
    return h % 100

def is_on(user, flag):
    if (user, flag) in overrides:
        return overrides[(user, flag)], "override"
    spec = flags[flag]
    if not spec["enabled"]:
        return False, "disabled"
    if user in spec["allow"]:
        return True, "allowlist"
    b = bucket(user, flag)
    return b < spec["percent"], f"bucket {b}"

users = [f"u{i}" for i in range(1, 9)]
for flag in flags:
    results = [(u, *is_on(u, flag)) for u in users]
    on = [u for u, state, _ in results if state]
    print(f"{flag:<9} on for {len(on)}/{len(users)}: {on}")
for u, reason in [(u, is_on(u, "new_ui")[1]) for u in users[:4]]:
    print(u, reason)
