# Agent-style work: parse tool-call payloads, validate and transform records, emit JSON results.
import json

raw_calls = [
    '{"tool": "get_weather", "arguments": {"city": "Paris", "units": "metric"}, "id": "call_1"}',
    '{"tool": "search", "arguments": {"query": "caf\\u00e9 near me", "limit": 3}, "id": "call_2"}',
    '{"tool": "broken", "arguments": {"x": 1,}, "id": "call_3"}',
    '{"tool": "sum", "arguments": {"values": [1, 2.5, 3e2, -4]}, "id": "call_4"}',
    'not json at all',
]
results = []
for raw in raw_calls:
    try:
        call = json.loads(raw)
    except json.JSONDecodeError as e:
        results.append({"error": e.msg, "at": [e.lineno, e.colno]})
        continue
    args = call["arguments"]
    if call["tool"] == "sum":
        output = sum(args["values"])
    elif call["tool"] == "get_weather":
        output = {"city": args["city"], "temp": 21.5, "units": args.get("units", "metric")}
    else:
        output = [args["query"].upper()] * args["limit"]
    results.append({"id": call["id"], "output": output})
print(json.dumps(results, indent=2, ensure_ascii=False))
records = [{"user": "u" + str(i % 3), "amount": round(i * 1.1, 2), "tags": ["a"] if i % 2 else []} for i in range(9)]
totals = {}
for r in records:
    totals[r["user"]] = round(totals.get(r["user"], 0) + r["amount"], 2)
summary = {"count": len(records), "totals": totals, "max": max(r["amount"] for r in records),
           "tagged": [r["user"] for r in records if r["tags"]]}
encoded = json.dumps(summary, sort_keys=True)
print(encoded)
print(json.loads(encoded) == summary)
lines = "\n".join(json.dumps(r, separators=(",", ":")) for r in records[:4])
print(lines)
parsed = [json.loads(line) for line in lines.splitlines()]
print(sum(p["amount"] for p in parsed), [p["user"] for p in parsed])
config = json.loads('{"retries": 3, "backoff": [0.5, 1, 2], "endpoints": {"primary": "https://a/", "fallback": null}}')
print(config["retries"] * len(config["backoff"]), config["endpoints"]["fallback"] is None)
print(json.dumps({"message": "line1\nline2\ttab", "quote": "\"q\""}))
