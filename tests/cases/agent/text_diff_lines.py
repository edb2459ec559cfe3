# A line-based diff of two config versions using a longest-common-subsequence table.
old = """host=a
port=80
debug=false
workers=2
name=svc""".splitlines()
new = """host=a
port=8080
workers=2
name=svc
region=eu""".splitlines()

def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t

def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield "  " + a[i]
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "- " + a[i]
            i += 1
        else:
            yield "+ " + b[j]
            j += 1
    yield from ("- " + x for x in a[i:])
    yield from ("+ " + x for x in b[j:])

lines = list(diff(old, new))
print("\n".join(lines))
print(sum(l.startswith("+") for l in lines), "added,", sum(l.startswith("-") for l in lines), "removed")
