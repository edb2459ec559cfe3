while True:
    break
while x > 0:
    x -= 1
    if x == 5:
        continue
else:
    done = True
i = 0
while i < 10: i += 1
