# Nested loops with flags and early exits: grid search, duplicate detection, matrix scans.
grid = [
    "#..#....",
    "..#.....",
    "......#.",
    "........",
]
found = None
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#" and r > 0:
            found = (r, c)
            break
    if found:
        break
print("first # below row 0:", found)
empty_rows = [r for r, row in enumerate(grid) if "#" not in row]
empty_cols = [c for c in range(len(grid[0])) if all(row[c] == "." for row in grid)]
print(empty_rows, empty_cols)
def has_duplicate(items):
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i] == items[j]:
                return (i, j)
    return None
print(has_duplicate([3, 1, 4, 1, 5]), has_duplicate("abc"))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
diag, anti = 0, 0
for i in range(3):
    for j in range(3):
        if i == j:
            diag += matrix[i][j]
        if i + j == 2:
            anti += matrix[i][j]
print(diag, anti)
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        if a * b > 50:
            break
        count += 1
print(count)
