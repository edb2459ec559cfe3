[(*x,) for x in xs]
[[*a, *b] for a, b in pairs]
[{**a, **b} for a, b in pairs]
[f(*args) for args in arg_lists]
