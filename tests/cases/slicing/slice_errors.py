# The errors of bad slices on every sequence type.
def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(label, type(e), e)

lst = [1, 2, 3]
attempt('list step 0', lambda: lst[::0])
attempt('tuple step 0', lambda: (1, 2)[::0])
attempt('str step 0', lambda: 'abc'[::0])
attempt('range step 0', lambda: range(3)[::0])
attempt('float start', lambda: lst[1.0:])
attempt('str stop', lambda: lst[:'2'])
attempt('list step', lambda: lst[::[1]])
attempt('float on str', lambda: 'abc'[0.5:])
attempt('None step ok', lambda: lst[None:None:None])
attempt('step checked first', lambda: lst[1.5::0])
attempt('bad step type first', lambda: lst['a'::'b'])
attempt('int subscript', lambda: (5)[1:2])
attempt('none subscript', lambda: None[1:])
attempt('dict slice', lambda: {1: 2}[1:2])
attempt('float index', lambda: lst[1.0])
attempt('str index', lambda: 'abc'['a'])
attempt('tuple index', lambda: (1, 2)[None])
attempt('range index', lambda: range(3)['x'])
attempt('big index', lambda: lst[10**30])
attempt('out of range', lambda: 'abc'[5])
def assign(target, key, value):
    target[key] = value
    return target
attempt('assign str', lambda: assign('abc', slice(1, 2), 'x'))
attempt('assign tuple', lambda: assign((1, 2), slice(1, 2), [3]))
attempt('assign step 0', lambda: assign([1, 2], slice(None, None, 0), [3]))
attempt('assign float bound', lambda: assign([1, 2], slice(0.0, 1), [3]))
attempt('assign non-iterable', lambda: assign([1, 2], slice(0, 1), 3))
attempt('assign non-iterable extended', lambda: assign([1, 2], slice(0, 1, 2), 3))
attempt('assign wrong size', lambda: assign([1, 2, 3, 4], slice(None, None, 2), [1, 2, 3]))
attempt('assign ok', lambda: assign([1, 2, 3, 4], slice(None, None, 2), 'ab'))
print([1, 2, 3][::0])
