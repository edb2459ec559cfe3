# An uncaught AttributeError for a near miss among a module's names: the traceback adds "Did you
# mean". A caught one's str() has no hint; e.name and e.obj say what was looked up, and where.
import json

words = ["b", "a"]
try:
    words.sortt()
except AttributeError as e:
    print(e, "|", e.name, e.obj)
try:
    "text".uper()
except AttributeError as e:
    print(e, "|", e.name, repr(e.obj))
print(AttributeError("made").name, AttributeError("made").obj)
data = {"k": [1, 2]}
print(json.dumps(data))
print(json.loadz(json.dumps(data)))
