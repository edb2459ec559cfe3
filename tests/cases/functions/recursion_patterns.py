# Recursive algorithms: divide and conquer, backtracking, memoized paths, mutual recursion.
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def solve_queens(n, row=0, cols=()):
    if row == n:
        return 1
    return sum(solve_queens(n, row + 1, cols + (c,)) for c in range(n)
               if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)))
print([solve_queens(n) for n in range(1, 7)])
def grid_paths(r, c, memo=None):
    memo = {} if memo is None else memo
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo)
    return memo[(r, c)]
print(grid_paths(10, 10), grid_paths(30, 30))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def hanoi(n, src="A", dst="C", via="B"):
    return [] if n == 0 else hanoi(n - 1, src, via, dst) + [(src, dst)] + hanoi(n - 1, via, dst, src)
print(len(hanoi(10)), hanoi(2))
