# f(*x) / f(**m) with the wrong kind of value: a lone *x names the callee, a *x among other
# positional arguments is "Value after *"; a lone *x is iterated after the keywords are evaluated.
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)


def f(*a, **k):
    return a, k


g = f
show(lambda: print(*5))
show(lambda: len(*None))
show(lambda: max(*5, 1))
show(lambda: max(1, *5))
show(lambda: max(*[1], *5.5))
show(lambda: f(*3.5))
show(lambda: f(*3.5, x=1))
show(lambda: f(1, *3.5, x=1))
show(lambda: g(*5))
show(lambda: (lambda *a: a)(*5))
show(lambda: [].append(*5))
show(lambda: "-".join(*5))
show(lambda: str.upper(*5))
show(lambda: int(*5))
show(lambda: f(**3))
show(lambda: f(**[1]))
show(lambda: dict(**5))
show(lambda: print(*5, **3))
show(lambda: f(*None))
show(lambda: print(*[1], *None, sep=""))


def items(tag):
    print("iterating", tag)
    yield tag


def keyword(tag):
    print("keyword", tag)
    return tag


print(f(*items("lone"), x=keyword("x"), **{"y": keyword("y")}))
print(f(0, *items("second"), x=keyword("x")))
print(f(*items("first"), 1, x=keyword("x")))
print(f(*(1, 2), *[3], *"ab", *range(2)))
