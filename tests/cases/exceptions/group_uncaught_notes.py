# Notes print after the message, inside the boxes for the members of a group.
def failing(i):
    error = ValueError("failure %d" % i)
    error.add_note("while handling item %d" % i)
    raise error

errors = []
for i in range(2):
    try:
        failing(i)
    except ValueError as e:
        errors.append(e)
group = ExceptionGroup("items failed", errors)
group.add_note("the group's own note")
print("raising")
raise group
