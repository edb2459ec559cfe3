# A keyword argument given twice parses, but CPython's compiler refuses it.
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"

print(greet(name="ada", greeting="hi", name="bob"))
