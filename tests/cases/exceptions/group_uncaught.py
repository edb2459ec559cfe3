# An uncaught exception group: CPython prints it in boxes; its last line closes the innermost box.
def thrower(i):
    raise ValueError(i)

caught = []
for i in range(3):
    try:
        thrower(i)
    except ValueError as e:
        caught.append(e)
print("collected", len(caught))
raise ExceptionGroup("many", caught + [ExceptionGroup("nested", [KeyError("k"), OSError("o")])])
