# Errors of unpacking, starred or not.
def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e), e)

def unpack_two_star(v):
    a, *b, c = v
    return a, b, c

def unpack_three_star(v):
    *a, b, c, d = v
    return a, b, c, d

def unpack_plain(v):
    a, b = v
    return a, b

attempt('empty', lambda: unpack_two_star([]))
attempt('one', lambda: unpack_two_star([1]))
attempt('two', lambda: unpack_two_star([1, 2]))
attempt('str one', lambda: unpack_two_star('x'))
attempt('iterator one', lambda: unpack_two_star(iter([1])))
attempt('range two', lambda: unpack_three_star(range(2)))
attempt('range three', lambda: unpack_three_star(range(3)))
attempt('tuple empty', lambda: unpack_three_star(()))
attempt('int', lambda: unpack_two_star(5))
attempt('none', lambda: unpack_three_star(None))
attempt('float', lambda: unpack_two_star(1.5))
attempt('plain few', lambda: unpack_plain([1]))
attempt('plain ok', lambda: unpack_plain('ab'))
attempt('dict', lambda: unpack_two_star({'a': 1}))
attempt('dict ok', lambda: unpack_two_star({'a': 1, 'b': 2}))
try:
    for a, *b, c in [(1, 2, 3), (4,)]:
        print(a, b, c)
except ValueError as e:
    print('loop:', e)
try:
    [a, *b, c] = 'q'
except ValueError as e:
    print('list target:', e)
print(a, b, c)
