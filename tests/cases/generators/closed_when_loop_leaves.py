# A for loop over a generator it made closes the generator when it is left early (break,
# return, an exception), as CPython does when the last reference goes: the generator's finally
# runs right then. A generator bound to a name stays open; an exhausted one closes normally.
def lines(tag):
    try:
        yield f"{tag}-1"
        yield f"{tag}-2"
    finally:
        print("closed", tag)


def first_line(tag):
    for line in lines(tag):
        return line


for line in lines("break"):
    print("read", line)
    break
print("after break")
print(first_line("return"))
try:
    for line in lines("exception"):
        raise KeyError(line)
except KeyError as e:
    print("caught", e)
for outer in lines("outer"):
    for inner in lines("inner"):
        if inner.endswith("2"):
            break
    break
shared = lines("shared")
for line in shared:
    break
print("shared still open:", next(shared))
for line in lines("exhausted"):
    pass
print("end")
shared.close()
