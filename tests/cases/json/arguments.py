# The signatures of dumps, loads, dump and load: positional and keyword errors, unknown options.
import json

attempts = [
    lambda: json.dumps(),
    lambda: json.dumps(1, 2),
    lambda: json.dumps(1, 2, indent=1),
    lambda: json.dumps(1, 2, indent=1, sort_keys=True),
    lambda: json.dumps(1, obj=2),
    lambda: json.dumps(obj=[1, 2]),
    lambda: json.dumps(1, foo=2),
    lambda: json.dumps(1, foo=2, bar=3),
    lambda: json.dumps(foo=1),
    lambda: json.dumps(1, cls=5),
    lambda: json.loads(),
    lambda: json.loads("1", 2),
    lambda: json.loads(s="[1]"),
    lambda: json.loads("1", foo=2),
    lambda: json.loads(5, foo=1),
    lambda: json.loads("1", cls=None),
    lambda: json.loads("1", cls="nope"),
    lambda: json.dump(1),
    lambda: json.dump(),
    lambda: json.dump(1, 2, 3),
    lambda: json.dump(1, 2),
    lambda: json.dump(1, fp=2),
    lambda: json.load(),
    lambda: json.load(5),
    lambda: json.loads('"x"', object_hook=None, object_pairs_hook=None, parse_float=None, parse_int=None,
                       parse_constant=None),
    lambda: json.dumps([1], skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
                       indent=None, separators=None, default=None, sort_keys=False),
]
for attempt in attempts:
    try:
        print("ok", repr(attempt()))
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps.__name__, json.loads.__name__, sorted(n for n in ["dumps", "loads", "dump", "load", "JSONDecodeError"]
                                                        if hasattr(json, n)))
