# Build a tree from parent ids and print it indented, with subtree item counts.
categories = [
    {"id": 1, "parent": None, "name": "root", "items": 0},
    {"id": 2, "parent": 1, "name": "electronics", "items": 4},
    {"id": 3, "parent": 2, "name": "phones", "items": 12},
    {"id": 4, "parent": 2, "name": "laptops", "items": 7},
    {"id": 5, "parent": 1, "name": "books", "items": 30},
    {"id": 6, "parent": 5, "name": "fiction", "items": 18},
    {"id": 7, "parent": 3, "name": "cases", "items": 40},
]
children = {}
by_id = {}
for c in categories:
    by_id[c["id"]] = c
    children.setdefault(c["parent"], []).append(c["id"])

def subtree_total(cid):
    return by_id[cid]["items"] + sum(subtree_total(k) for k in children.get(cid, []))

def render(cid, depth=0):
    node = by_id[cid]
    print("  " * depth + f"- {node['name']} ({node['items']}/{subtree_total(cid)})")
    for kid in sorted(children.get(cid, []), key=lambda k: by_id[k]["name"]):
        render(kid, depth + 1)

render(children[None][0])

def path_to(cid):
    parts = []
    while cid is not None:
        parts.append(by_id[cid]["name"])
        cid = by_id[cid]["parent"]
    return " > ".join(reversed(parts))

print(path_to(7))
print("leaves:", sorted(by_id[c]["name"] for c in by_id if c not in children))
