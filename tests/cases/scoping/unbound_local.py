# Reading a local before its assignment is UnboundLocalError; a missing global is NameError.
count = 10

def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print(e)

bump()

def maybe(flag):
    if flag:
        value = 1
    return value

print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print(e)

try:
    print(undefined_name)
except NameError as e:
    print(e)
