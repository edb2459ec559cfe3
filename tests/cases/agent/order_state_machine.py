# An order lifecycle state machine driven by events; invalid transitions are collected as errors.
transitions = {
    "new": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered", "lose": "lost"},
    "lost": {"refund": "refunded"},
}
events = [
    ("A", "pay"), ("B", "cancel"), ("A", "ship"), ("C", "ship"), ("A", "deliver"),
    ("B", "pay"), ("C", "pay"), ("C", "ship"), ("C", "lose"), ("C", "refund"), ("A", "refund"),
]
state, history, errors = {}, {}, []
for order, event in events:
    current = state.get(order, "new")
    nxt = transitions.get(current, {}).get(event)
    if nxt is None:
        allowed = sorted(transitions.get(current, {})) or ["(final)"]
        errors.append(f"{order}: cannot {event} when {current}; allowed: {', '.join(allowed)}")
        continue
    state[order] = nxt
    history.setdefault(order, ["new"]).append(nxt)
for order in sorted(history):
    print(order, " -> ".join(history[order]))
print("\n".join(errors))
final = {s for s in set().union(*map(dict.values, transitions.values())) if s not in transitions}
print("final states:", sorted(final), {o: s in final for o, s in sorted(state.items())})
