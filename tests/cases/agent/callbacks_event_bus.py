# Closures registered as callbacks on a tiny event bus built from dicts and lists.
handlers = {}

def on(event, fn):
    handlers.setdefault(event, []).append(fn)

def emit(event, payload):
    results = []
    for fn in handlers.get(event, []):
        try:
            results.append(fn(payload))
        except Exception as e:
            results.append(f"{type(e).__name__}: {e}")
    return results

def make_counter(name):
    count = 0
    def handler(payload):
        nonlocal count
        count += 1
        return f"{name}#{count} saw {payload['id']}"
    return handler

def make_threshold(limit):
    def check(payload):
        if payload["amount"] > limit:
            raise ValueError(f"amount {payload['amount']} over {limit}")
        return "ok"
    return check

on("order", make_counter("audit"))
on("order", make_threshold(100))
on("refund", make_counter("refunds"))
on("order", lambda p: p["amount"] * 2)
print(emit("order", {"id": 1, "amount": 40}))
print(emit("order", {"id": 2, "amount": 400}))
print(emit("refund", {"id": 3, "amount": 5}))
print(emit("unknown", {}))
print({k: len(v) for k, v in handlers.items()})
