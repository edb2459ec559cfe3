# An uncaught UnboundLocalError: a counter that forgot its global declaration.
calls = 0

def track(name):
    print("tracking", name)
    calls += 1
    return calls

def run():
    for name in ["a", "b"]:
        track(name)

run()
