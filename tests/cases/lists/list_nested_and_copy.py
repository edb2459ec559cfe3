# Nested lists: matrices, transposition, shallow vs manual deep copies, aliasing.
m = [[1, 2, 3], [4, 5, 6]]
t = [list(col) for col in zip(*m)]
print(t, [[row[i] for row in m] for i in range(3)] == t)
def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    return obj
config = {"layers": [[1, 2], [3]], "name": "net"}
clone = deep_copy(config)
clone["layers"][0].append(99)
shallow = dict(config)
shallow["layers"].append([7])
print(config, clone)
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul(m, identity) == m, matmul(m, t))
rows = [[3, "c"], [1, "a"], [2, "b"]]
rows.sort()
print(rows, [r[1] for r in rows], rows[0] is min(rows))
cycle = [1, 2]
cycle.append(cycle)
print(cycle, cycle[2][2][0], len(cycle))
d = {"self": None}
d["self"] = d
print(d, [d, [d]])
