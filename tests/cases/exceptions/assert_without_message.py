# `assert test` without a message raises AssertionError() with no args, whatever the failed test
# value was; uncaught, its traceback ends with a bare "AssertionError".
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")
x = 0
try:
    assert x
except AssertionError as e:
    print(repr(e), e.args)


def check(items):
    for item in items:
        assert item
    return len(items)


try:
    check([1, "a", [0], ()])
except AssertionError as e:
    print("empty tuple:", repr(e), e.args)
try:
    assert None, "with a message"
except AssertionError as e:
    print(repr(e), e.args)
print(check([1, 2]))
values = [3, 2, 1]
assert values == sorted(values)
