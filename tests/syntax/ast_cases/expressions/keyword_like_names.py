# Soft keywords used as ordinary identifiers.
match = 1
case = 2
type = 3
_ = 4
print(match, case, type, _)
match.group(0)
type(x)
case[0]
def match(type, case): return type
