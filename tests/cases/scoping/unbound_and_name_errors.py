# NameError vs UnboundLocalError, and which scope an assignment makes a name belong to.
value = "module"
def uses_before_assign():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = "local"
    return value
print(uses_before_assign())
def conditional(flag):
    if flag:
        result = "set"
    try:
        return result
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(conditional(True), conditional(False))
def missing():
    return not_defined_anywhere
try:
    missing()
except NameError as e:
    print("NameError:", e)
def deleted():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(deleted())
def loop_var():
    for item in []:
        pass
    try:
        return item
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(loop_var())
def free_var_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 5
    return inner()
print(free_var_unbound())
