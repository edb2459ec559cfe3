# global declarations: reading, rebinding, and creating module names from functions.
counter = 0
settings = {"debug": False}
def bump():
    global counter
    counter += 1
    return counter
def toggle():
    settings["debug"] = not settings["debug"]
    return settings["debug"]
def create():
    global created_later
    created_later = "made inside a function"
print(bump(), bump(), counter, toggle(), settings)
create()
print(created_later)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_only():
    return counter * 2
print(read_only())
def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(nested_global(), counter)
total = 0
for i in range(5):
    total += i
print(total, i)
