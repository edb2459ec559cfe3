# Searching sorted lists by hand: binary search, insertion points, and keeping a list sorted.
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

scores = [10, 20, 20, 20, 35, 50]
for x in [5, 20, 21, 50, 99]:
    print(x, bisect_left(scores, x), bisect_right(scores, x), x in scores)
grades = "FDCBA"
cutoffs = [60, 70, 80, 90]
print([grades[bisect_right(cutoffs, s)] for s in [33, 60, 75, 89, 90, 100]])
ordered = []
for value in [5, 1, 4, 1, 9, 2, 6]:
    ordered.insert(bisect_left(ordered, value), value)
print(ordered)
words = sorted(["pear", "apple", "fig", "banana"])
print(words, bisect_left(words, "cherry"), words[bisect_left(words, "fig")])
