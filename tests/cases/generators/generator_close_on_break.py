# Breaking out of a for loop over a generator leaves it suspended; close() runs its finally.
log = []
def reader(name, lines):
    log.append(f"open {name}")
    try:
        for line in lines:
            yield line
    finally:
        log.append(f"close {name}")

r = reader("a.txt", ["l1", "l2", "l3"])
for line in r:
    if line == "l2":
        break
print(log)
r.close()
print(log)
def first_match(pred, name, lines):
    g = reader(name, lines)
    for line in g:
        if pred(line):
            g.close()
            return line
    return None
print(first_match(lambda l: l.startswith("b"), "b.txt", ["apple", "banana", "cherry"]), log[-2:])
print(first_match(lambda l: False, "c.txt", ["x"]), log[-2:])
total = sum(1 for _ in reader("d.txt", ["1", "2"]))
print(total, log[-2:])
