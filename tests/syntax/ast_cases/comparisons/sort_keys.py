def compare(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    return 0

ordered = sorted(items, key=lambda p: (p.age, p.name))
largest = max(items, key=lambda p: p.score >= threshold)
