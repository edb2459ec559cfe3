# Two starred targets in one assignment are a compile-time SyntaxError: nothing runs.
print('never printed')
values = [1, 2, 3, 4]
first, *middle, last = values
print(first, middle, last)
a, *b, *c = values
print(a, b, c)
for x in values:
    print(x)
print('done')
