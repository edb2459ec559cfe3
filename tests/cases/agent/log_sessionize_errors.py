# Group log lines into request traces by id and summarize failed requests with their last error.
log = """\
10:00:01 req=a1 start GET /orders
10:00:01 req=b2 start POST /pay
10:00:02 req=a1 db query 12ms
10:00:02 req=b2 error card declined
10:00:03 req=a1 done 200
10:00:03 req=b2 retry 1
10:00:04 req=c3 start GET /health
10:00:04 req=b2 error card declined again
10:00:05 req=b2 done 402
10:00:05 req=c3 done 200
10:00:06 req=d4 start GET /slow"""
traces = {}
for line in log.splitlines():
    time, req, event = line.split(" ", 2)
    rid = req.partition("=")[2]
    traces.setdefault(rid, []).append((time, event))
for rid, events in traces.items():
    first, last = events[0], events[-1]
    status = last[1].split()[-1] if last[1].startswith("done") else "incomplete"
    errors = [e for _, e in events if e.startswith("error")]
    line = f"{rid}: {first[1][6:]:<12} {first[0]}-{last[0]} status={status}"
    if errors:
        line += f" errors={len(errors)} last={errors[-1][6:]!r}"
    print(line)
failed = [rid for rid, ev in traces.items() if not ev[-1][1].startswith("done 2")]
print("failed or incomplete:", failed)
