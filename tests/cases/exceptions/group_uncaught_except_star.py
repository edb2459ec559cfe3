# What an except* statement leaves unhandled ends the script: the new group of what a clause
# raised and the unhandled rest, itself a group.
def work():
    try:
        raise ExceptionGroup("work", [ValueError(1), ExceptionGroup("sub", [TypeError(2), KeyError(3)])])
    except* ValueError:
        print("ValueError handled, then a new error")
        raise RuntimeError("handler failed")
    except* KeyError:
        print("KeyError handled")

work()
