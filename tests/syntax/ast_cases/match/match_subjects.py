match a, b:
    case 1, 2:
        pass
match *rest, last:
    case _:
        pass
match (x):
    case _:
        pass
match f(x).attr[0]:
    case _:
        pass
match -x:
    case _:
        pass
