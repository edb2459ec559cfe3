# Retry a flaky operation with exponential backoff, recording each attempt.
attempts_log = []

def flaky_factory(failures):
    state = {"calls": 0}
    def call(x):
        state["calls"] += 1
        if state["calls"] <= failures:
            raise ConnectionError(f"attempt {state['calls']} failed")
        return x * 10
    return call

def retry(fn, arg, max_attempts=4, base_delay=0.5):
    delay = base_delay
    for attempt in range(1, max_attempts + 1):
        try:
            result = fn(arg)
        except ConnectionError as e:
            attempts_log.append((attempt, str(e), delay))
            delay *= 2
        else:
            return result
    raise TimeoutError(f"gave up after {max_attempts} attempts")

print(retry(flaky_factory(0), 1))
print(retry(flaky_factory(2), 2))
try:
    retry(flaky_factory(10), 3)
except TimeoutError as e:
    print("timeout:", e)
for entry in attempts_log:
    print("  %d %-18s wait=%.1fs" % entry)
print("total wait:", sum(d for _, _, d in attempts_log))
