# The order in which the container, the bounds and the value of a slice operation are evaluated.
log = []

def note(label, value):
    log.append(label)
    return value

data = list(range(10))
print(note('container', data)[note('start', 2):note('stop', 8):note('step', 2)])
print(log)
log.clear()
note('target', data)[note('lo', 1):note('hi', 3)] = note('value', 'xy')
print(log, data)
log.clear()
del note('target', data)[note('lo', 0):note('hi', 2)]
print(log, data)
log.clear()
note('target', data)[note('lo', 0):note('hi', 1)] += note('extra', [100, 200])
print(log, data)
log.clear()
first, *note('middle-target', data)[note('lo', 0):note('hi', 2)] = note('source', [7, 8, 9])
print(log, first, data)
log.clear()
grid = [[1, 2, 3], [4, 5, 6]]
print(note('outer', grid)[note('row', 1)][note('from', 1):])
print(log)
log.clear()
try:
    note('c', data)[note('a', 1):note('b', 'x')]
except TypeError as e:
    print(log, e)
log.clear()
try:
    note('c', data)[note('a', 0):note('b', 2)] = note('v', 5)
except TypeError as e:
    print(log, e)
