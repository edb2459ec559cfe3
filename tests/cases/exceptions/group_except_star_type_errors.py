# except* clause classes are checked when the clause is reached, as CPython does.
def run(label, body):
    try:
        body()
        print(label, "-> nothing escaped")
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e, "| context:", repr(e.__context__))

def group_class():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
run("except* ExceptionGroup", group_class)

def base_group_in_tuple():
    try:
        raise ValueError(1)
    except* (TypeError, BaseExceptionGroup):
        pass
run("except* (TypeError, BaseExceptionGroup)", base_group_in_tuple)

def not_an_exception():
    try:
        raise ValueError(1)
    except* int:
        pass
run("except* int", not_an_exception)

def not_a_class():
    try:
        raise ValueError(1)
    except* "ValueError":
        pass
run("except* a str", not_a_class)

def nested_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, (TypeError,)):
        pass
run("except* nested tuple", nested_tuple)

def checked_after_a_full_match():
    # The first clause takes everything, the second clause is still checked.
    try:
        raise ValueError(1)
    except* ValueError:
        print("  first clause ran")
    except* ExceptionGroup:
        pass
run("second clause invalid", checked_after_a_full_match)

def unknown_name():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  first clause ran")
    except* NoSuchError:
        pass
run("unknown name", unknown_name)

def not_reached_without_exception():
    try:
        pass
    except* ExceptionGroup:
        pass
run("no exception", not_reached_without_exception)
