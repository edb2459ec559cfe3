# LEGB lookup: local, enclosing, global and builtin names, and shadowing builtins.
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    def inner_local():
        x = "local x"
        return x
    return inner(), inner_local(), x
print(outer(), x)
def shadows_builtin():
    len = lambda s: "my len"
    return len("abc")
print(shadows_builtin(), len("abc"))
max = lambda *a: "shadowed max"
print(max(1, 2))
del max
print(max(1, 2))
def three_levels():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3()
    return level2()
print(three_levels())
def param_shadow(x):
    def inner(x=x * 2):
        return x
    return x, inner(), inner(0)
print(param_shadow(5))
def sees_later_global():
    return later_defined
later_defined = "defined after the function"
print(sees_later_global())
