# A NameError for the name of a standard module that was not imported: CPython 3.12's traceback
# ends with "Did you forget to import 'math'?" (after a "Did you mean" when there is a near miss).
def area(radius):
    return math.pi * radius ** 2


maths = "not the module"
for r in [1, 2]:
    try:
        print(area(r))
    except NameError as e:
        print("caught:", e)
print(area(3))
