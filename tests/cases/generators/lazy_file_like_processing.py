# Processing a "file" lazily line by line: filters, maps and aggregations chained as generators.
FILE = """# access log
2024-03-01 alice GET /home 200 512
2024-03-01 bob POST /login 401 128
2024-03-02 alice GET /data 200 20480
2024-03-02 carol GET /home 200 510

2024-03-03 bob POST /login 200 130
2024-03-03 alice DELETE /data 403 64
"""
def lines(text):
    for raw in text.splitlines():
        yield raw

def records(ls):
    for l in ls:
        if l and not l.startswith("#"):
            date, user, method, path, status, size = l.split()
            yield {"date": date, "user": user, "method": method, "path": path, "status": int(status), "size": int(size)}

def where(rs, **conds):
    return (r for r in rs if all(r[k] == v for k, v in conds.items()))

ok = list(where(records(lines(FILE)), status=200))
print(len(ok), sum(r["size"] for r in ok))
by_user = {}
for r in records(lines(FILE)):
    by_user.setdefault(r["user"], []).append(r["status"])
print(by_user)
failures = ((r["date"], r["user"], r["path"]) for r in records(lines(FILE)) if r["status"] >= 400)
print(next(failures), list(failures))
print(max(records(lines(FILE)), key=lambda r: r["size"])["path"], sorted({r["date"] for r in records(lines(FILE))}))
