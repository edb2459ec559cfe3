# Top paths and status-class breakdown from access logs, with query strings stripped.
logs = [
    "GET /api/items?page=2 200", "GET /api/items 200", "POST /api/items 201", "GET /api/items/7 404",
    "GET /static/app.js 304", "GET /api/items?page=3 500", "GET /health 200", "DELETE /api/items/7 204",
    "GET /api/users/1?full=1 200", "GET /api/users/2 200", "GET /api/users/x 400",
]
def normalize(path):
    path = path.split("?", 1)[0]
    parts = ["{id}" if p.isdigit() else p for p in path.split("/")]
    return "/".join(parts)
paths, classes = {}, {}
for line in logs:
    method, path, status = line.split()
    key = f"{method} {normalize(path)}"
    paths[key] = paths.get(key, 0) + 1
    cls = status[0] + "xx"
    classes[cls] = classes.get(cls, 0) + 1
for key, n in sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{n:>3}  {key}")
total = sum(classes.values())
print(", ".join(f"{c}: {n} ({n / total:.0%})" for c, n in sorted(classes.items())))
print("error rate:", round(sum(n for c, n in classes.items() if c in ("4xx", "5xx")) / total, 3))
