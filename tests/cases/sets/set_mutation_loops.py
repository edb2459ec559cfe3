# Mutating sets while iterating is an error; iterate over a copy instead. Pop, discard, clear.
active = {"a", "b", "c", "d"}
try:
    for item in active:
        active.discard(item)
except RuntimeError as e:
    print("RuntimeError:", e)
active = {"a", "b", "c", "d"}
for item in sorted(active):
    if item in "bd":
        active.discard(item)
print(sorted(active))
todo = {3, 1, 2}
done = []
while todo:
    done.append(todo.pop())
print(sorted(done), todo)
s = set(range(10))
s -= {x for x in s if x % 3 == 0}
s &= set(range(1, 8))
s |= {100}
s ^= {1, 200}
print(sorted(s), len(s))
s.clear()
print(s, bool(s), set() == frozenset(), {1, 2} == frozenset({2, 1}))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
