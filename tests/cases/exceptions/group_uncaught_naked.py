# An unmatched naked exception leaves an except* statement as itself.
def work():
    try:
        raise KeyError("plain")
    except* ValueError:
        print("not reached")

print("start")
work()
