# Starred items in list and tuple displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 5, *b, 6], (*'hi',), [*range(3), *range(3, 0, -1)])
print([*a], (*a,), [*[]], (*(),), [*'', 0], [0, *a, 0])
x = (*a, *b)
print(x, type(x), len(x))
y = [*a]
y.append(9)
print(a, y)
print([*{'k': 1, 'j': 2}], [*iter([7, 8])], (*[[1], [2]],))
nested = [[*a, *b], (*b, *a)]
print(nested)
print([*a[::-1], *b[1:]], (*'héllo'[::2],), [*range(10)[::3]])
big = [*range(1000), *range(1000)]
print(len(big), big[998:1002])
def numbers():
    return [*a, *b, len(a)]
print(numbers())
print([*[*[*a]]], ((*a,),))
for bad in [5, None, 1.5]:
    try:
        print([*a, *bad])
    except TypeError as e:
        print('TypeError:', e)
    try:
        print((*bad, 1))
    except TypeError as e:
        print('TypeError:', e)
z = [1]
z = [*z, *z]
z = [*z, *z]
print(z)
t = (0,)
t = (*t, *t, 1)
print(t)
a, *b = *range(3), 7
print(a, b)
