# Loop variables keep their last value after the loop; loops over changing containers.
for i in range(5):
    pass
print(i)
for word in ["alpha", "beta"]:
    last = word.upper()
print(word, last)
for k, v in {"a": 1, "b": 2}.items():
    pass
print(k, v)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items, x)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
queue = [1]
seen = []
for q in queue:
    seen.append(q)
    if q < 20:
        queue.append(q * 3)
print(seen)
total = 0
for total in range(3):
    pass
print(total)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
for ch in "":
    print("never")
print("ch" in dir() if False else "empty loop leaves no variable")
