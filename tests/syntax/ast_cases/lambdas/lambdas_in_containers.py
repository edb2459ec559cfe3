ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "neg": lambda a: -a,
}
handlers = [lambda: 1, lambda: 2]
pair = (lambda: "a", lambda: "b")
