# An uncaught slice error ends the script with CPython's message.
values = [3, 1, 4, 1, 5, 9, 2, 6]
print(values[::2], values[1::2])
print(values[-3:], values[:-3])
steps = [2, 1, -1]
for step in steps:
    print(step, values[::step])
steps.append(0)
for step in steps:
    print(step, values[::step])
print('not reached')
