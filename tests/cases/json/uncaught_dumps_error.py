# An uncaught TypeError from json.dumps for an unserializable value.
import json

record = {"id": 7, "tags": {"a", "b"}}
print(json.dumps({"id": 7}))
print(json.dumps(record))
