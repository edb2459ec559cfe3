# while/else and for/else with break and continue: search loops and retry counters.
def find_first_multiple(values, k):
    for v in values:
        if v % k == 0:
            result = v
            break
    else:
        result = None
    return result
print(find_first_multiple([3, 5, 14, 21], 7), find_first_multiple([1, 2], 9))
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts * attempts > 10:
        print("stopped at", attempts)
        break
else:
    print("never broke")
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally with n =", n)
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("for finished")
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
total = 0
for row in [[1, 2], [3, -1, 4], [5]]:
    for x in row:
        if x < 0:
            break
        total += x
    else:
        continue
    print("negative found in", row)
print(total)
