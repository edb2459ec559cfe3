# set.pop takes items in table order, resuming after the last one it took.
s = {5, 3, 9, 1, 7}
order = []
while s:
    order.append(s.pop())
print(order)
t = set(range(8))
print(t.pop(), t.pop(), t.pop())
t.add(0)
print(t.pop(), t)
t.clear()
t.update([0, 1, 2, 3, 4, 5])
print(t.pop(), t.pop())
words = {"alpha", "beta", "gamma", "delta"}
print(sorted([words.pop() for _ in range(2)] + list(words)))
queue = set()
for i in range(12):
    queue.add(i * 3)
    if i % 4 == 3:
        print("took", queue.pop(), "left", len(queue))
print(queue)
u = {100, 1, 2}
print(u.pop(), u)
print(u.pop(), u)
v = {1, 2, 3}
v.pop()
v &= {2, 3, 4}
print(v.pop(), v)
w = {1, 2, 3}
w.pop()
w ^= w
w.update([1, 2, 3, 4])
print(w.pop(), w)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e, repr(e))
