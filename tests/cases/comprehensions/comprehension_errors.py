# Errors raised inside comprehensions propagate out; partial results are discarded.
def parse_all(items):
    return [int(s) for s in items]
for batch in (["1", "2"], ["3", "x", "4"], []):
    try:
        print(parse_all(batch))
    except ValueError as e:
        print("ValueError:", e)
records = [{"a": 1}, {"a": 2}, {"b": 3}]
try:
    print({r["a"]: r for r in records})
except KeyError as e:
    print("KeyError:", e)
try:
    print({[i] for i in range(2)})
except TypeError as e:
    print("TypeError:", e)
try:
    print({i: i for i in 5})
except TypeError as e:
    print("TypeError:", e)
try:
    print([a + b for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print("ValueError:", e)
try:
    print([x for x in range(3) if x / (x - 1)])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
safe = [int(s) if s.lstrip("-").isdigit() else None for s in ["5", "-2", "x", ""]]
print(safe, [v for v in safe if v is not None])
