def evaluate(node):
    match node:
        case ("num", value):
            return value
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("neg", operand):
            return -evaluate(operand)
        case {"op": "mul", "args": [a, b]}:
            return evaluate(a) * evaluate(b)
        case Var(name=name) if name in env:
            return env[name]
        case _:
            raise TypeError(f"unknown node {node!r}")
