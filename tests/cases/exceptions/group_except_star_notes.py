# Notes go with the parts: a re-raised part still counts as the original's, notes or not.
def reraise_with_notes():
    g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    g.add_note("on the group")
    try:
        raise g
    except* ValueError:
        raise

try:
    reraise_with_notes()
except ExceptionGroup as e:
    print(repr(e), e.__notes__)
    for leaf in e.exceptions:
        print(" ", repr(leaf), getattr(leaf, "__notes__", None))

def rest_with_notes():
    g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    g.add_note("kept")
    try:
        raise g
    except* ValueError as part:
        print("part notes:", part.__notes__)
        part.add_note("only on the part")

try:
    rest_with_notes()
except ExceptionGroup as e:
    print(repr(e), e.__notes__)

def note_on_the_wrapper():
    try:
        raise KeyError("k")
    except* KeyError as e:
        e.add_note("added in the clause")
        raise

try:
    note_on_the_wrapper()
except ExceptionGroup as e:
    print(repr(e), e.__notes__, hasattr(e.exceptions[0], "__notes__"))

def new_exception_with_note():
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        replacement = RuntimeError("replacement")
        replacement.add_note("from the clause")
        raise replacement

try:
    new_exception_with_note()
except ExceptionGroup as e:
    print(repr(e), [getattr(x, "__notes__", None) for x in e.exceptions])
