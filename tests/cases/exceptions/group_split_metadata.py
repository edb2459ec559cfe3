# The parts split makes carry the original's cause, context and a copy of its notes.
def make():
    try:
        try:
            raise KeyError("while handling")
        except KeyError:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("the cause")
    except ExceptionGroup as g:
        return g

g = make()
print(repr(g.__cause__), repr(g.__context__), g.__suppress_context__)
g.add_note("a note")
match, rest = g.split(ValueError)
for part in (match, rest):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__, part.__notes__)
print(match.__cause__ is g.__cause__, match.__context__ is g.__context__)
print(match.__notes__ == g.__notes__, match.__notes__ is g.__notes__)
match.add_note("only on the part")
print(g.__notes__, match.__notes__, rest.__notes__)

# Without a cause, the parts still have __suppress_context__ set.
def plain():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ExceptionGroup("p", [ValueError(1), TypeError(2)])
    except ExceptionGroup as g:
        return g

p = plain()
print(repr(p.__cause__), repr(p.__context__), p.__suppress_context__)
m = p.subgroup(TypeError)
print(repr(m), repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
print(hasattr(p, "__notes__"), hasattr(m, "__notes__"))

# Nested groups get their own metadata copied at each level.
inner = ExceptionGroup("inner", [ValueError("x"), KeyError("y")])
inner.add_note("inner note")
outer = ExceptionGroup("outer", [inner, TypeError("z")])
part = outer.subgroup(ValueError)
print(repr(part), hasattr(part, "__notes__"), part.exceptions[0].__notes__)

# The exceptions that are kept whole keep their own identity and metadata.
leaf = ValueError("leaf")
leaf.add_note("leaf note")
whole = ExceptionGroup("w", [leaf, TypeError()]).subgroup(ValueError)
print(whole.exceptions[0] is leaf, whole.exceptions[0].__notes__)
