# An uncaught exception raised "from" another: the last traceback line names the outer one.
def load_config(text):
    try:
        return dict(line.split("=") for line in text.splitlines())
    except ValueError as e:
        raise RuntimeError("config is malformed") from e

print(load_config("a=1\nb=2"))
print(load_config("a=1\nnot a pair\nc=3"))
print("unreachable")
