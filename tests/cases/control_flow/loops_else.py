# while/else and for/else, break and continue.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished")

total = 0
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    if x > 5:
        break
    total += x
print(total)
