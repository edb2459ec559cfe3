# json.dump writes to a file-like object (here sys.stdout); when encoding fails midway, the text
# CPython had already written is there before the error.
import json
import sys

json.dump({"a": [1, 2.5, None], "b": "text"}, sys.stdout)
print()
json.dump([1, {"k": "v"}], sys.stdout, indent=2, sort_keys=True)
print()
json.dump("just a string", sys.stdout)
print()
failures = [
    ([1, {"a": 2, "b": {3}}], {}),
    ([1, float("nan")], {"allow_nan": False}),
    ([float("nan")], {"allow_nan": False}),
    ({"x": [1, float("nan")]}, {"allow_nan": False}),
    ({"x": float("nan")}, {"allow_nan": False}),
    ({"x": 1, (1,): 2}, {"indent": 2}),
    ([[], [1, 2], 10**5000], {"indent": 0}),
    ({"b": 1, 3: 4}, {"sort_keys": True, "indent": 3}),
    ([[1], [2, [3, {4}]]], {"indent": 1}),
]
for value, options in failures:
    try:
        json.dump(value, sys.stdout, **options)
    except (TypeError, ValueError) as e:
        print(" <-", type(e).__name__, e)
json.dump([], sys.stdout)
json.dump({}, sys.stdout)
print()
