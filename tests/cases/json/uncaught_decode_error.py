# An uncaught JSONDecodeError: CPython's traceback names it json.decoder.JSONDecodeError.
import json

print(json.loads('{"ok": true}'))
payload = '{"tool": "search", "args": {"q": "weather"'
print("parsing", len(payload), "characters")
json.loads(payload)
print("not reached")
