def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def walk(node, depth=0):
    yield depth, node
    for child in node.children:
        yield from walk(child, depth + 1)
