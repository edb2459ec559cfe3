# Every small slice of a short list, printed row by row: the clipping rules of start and stop
# for positive and negative steps.
data = list(range(6))
for step in [None, 1, 2, 3, -1, -2, -4]:
    row = []
    for start in [None, -8, -6, -3, -1, 0, 2, 5, 6, 9]:
        for stop in [None, -9, -6, -2, 0, 1, 4, 6, 10]:
            row.append(len(data[start:stop:step]))
    print(step, row)
for step in [-1, -2, -3]:
    print(step, data[::step], data[4::step], data[:1:step], data[-2:-6:step], data[10:-10:step])
print(data[5:0:-1], data[5:-7:-1], data[-1:-2:-1], data[0:5:-1])
chars = list("abcdefgh")
print(chars[::-3], chars[-3::-3], chars[6:1:-2])
# Reversing twice gives back the list; reversing a reversed slice does not always.
print(chars[::-1][::-1] == chars, chars[1:6][::-1], chars[::-1][2:7])
