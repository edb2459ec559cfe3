# A retry helper that gives up: the final TimeoutError is not caught and ends the script.
calls = {"count": 0}

def flaky_fetch(url):
    calls["count"] += 1
    raise ConnectionError(f"{url}: connection reset (attempt {calls['count']})")

def with_retries(fn, arg, attempts):
    last = None
    for attempt in range(attempts):
        try:
            return fn(arg)
        except ConnectionError as e:
            print("retrying after:", e)
            last = e
    raise TimeoutError(f"{arg} failed after {attempts} attempts") from last

print(with_retries(lambda u: u.upper(), "ok://fine", 2))
with_retries(flaky_fetch, "https://api.example/items", 3)
