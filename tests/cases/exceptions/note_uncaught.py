# An uncaught exception's notes end its traceback.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note("parsing %r" % text)
        e.add_note("second line")
        raise

print(parse("12"))
parse("x1")
