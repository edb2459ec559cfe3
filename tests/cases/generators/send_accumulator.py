# Coroutine-style generators driven with send(): running averages and a simple state machine.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print("avg", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)

def door():
    state = "closed"
    while True:
        command = yield state
        if state == "closed" and command == "open":
            state = "open"
        elif state == "open" and command == "close":
            state = "closed"
        elif command == "lock" and state == "closed":
            state = "locked"
        elif command == "unlock" and state == "locked":
            state = "closed"

d = door()
print(next(d), [d.send(c) for c in ["open", "lock", "close", "lock", "open", "unlock", "open"]])
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
