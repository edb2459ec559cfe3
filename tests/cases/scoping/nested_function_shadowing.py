# Shadowing across nested functions and comprehensions; each scope sees its own binding.
name = "module"
def a():
    name = "a"
    def b():
        def c():
            return name
        name_seen_in_b = name
        return c(), name_seen_in_b
    return b()
print(a(), name)
def counter_shadow():
    count = 0
    def inc():
        count = 100
        return count
    inc()
    return count
print(counter_shadow())
def comprehension_scope():
    x = "outer"
    values = [x for x in "ab"]
    inner_x = [x + y for y in "12"]
    return x, values, inner_x
print(comprehension_scope())
def param_vs_global(name):
    return name
print(param_vs_global("param"), name)
def closures_each_call():
    return [lambda: v for v in range(3)], [(lambda v=v: v) for v in range(3)]
late, early = closures_each_call()
print([f() for f in late], [f() for f in early])
