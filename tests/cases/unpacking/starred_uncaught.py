# An uncaught starred-unpacking error ends the script with CPython's message.
def split(values):
    head, *middle, tail = values
    return head, middle, tail

print(split([1, 2, 3, 4]))
print(split('ab'))
print(split(range(5)))
print(split((None, None)))
print(split([[1], [2], [3]]))
print(split('z'))
print('not reached')
