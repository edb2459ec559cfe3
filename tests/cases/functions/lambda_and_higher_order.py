# Lambdas and functions passed to functions: sorting, mapping, reducing by hand, dispatch tables.
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}
def evaluate(tokens):
    stack = []
    for t in tokens:
        if t in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(float(t))
    return stack[0]
print(evaluate("3 4 + 2 *".split()), evaluate("10 0 /".split()), evaluate("1 2 3 * -".split()))
def reduce(fn, items, initial):
    acc = initial
    for x in items:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(max, [3, 9, 2], float("-inf")), reduce(lambda a, c: c + a, "abc", ""))
def apply_n(fn, n):
    return lambda x: x if n == 0 else apply_n(fn, n - 1)(fn(x))
print(apply_n(lambda x: x * 2, 10)(1), apply_n(str.upper, 0)("same"))
people = [("ana", 31), ("bo", 25), ("cy", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])), list(map(lambda p: p[0].title(), people)))
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda x=5: x)(), (lambda: "no args")())
adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([f(10) for f in adders])
print(type(lambda: 0).__name__, (lambda: 0).__name__, callable(ops["+"]))
