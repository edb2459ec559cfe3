# pass, ..., empty bodies, and statements that do nothing observable.
def todo():
    pass
def stub():
    ...
print(todo(), stub(), ... is Ellipsis, repr(...))
for _ in range(3):
    pass
print(_)
if True:
    pass
else:
    print("unreachable")
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = 1
x
"a docstring-like expression"
[1, 2, 3]
print("statements evaluated")
def with_docstring():
    """Docstrings are just the first expression."""
    return 42
print(with_docstring())
values = [1, 2, 3]
for v in values:
    if v == 2:
        pass
    print(v)
print(type(...).__name__, Ellipsis == ..., [..., ...])
