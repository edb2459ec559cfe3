# Sorting records by a field that holds both numbers and None fails with CPython's TypeError.
rows = [
    {"id": "a", "priority": 3},
    {"id": "b", "priority": 1},
    {"id": "c", "priority": 2},
]
print([r["id"] for r in sorted(rows, key=lambda r: r["priority"])])
rows.append({"id": "d", "priority": None})
print("sorting", len(rows), "rows")
print(sorted(rows, key=lambda r: r["priority"]))
