match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case [x, y]:
        pass
    case x, y, z:
        pass
    case [first, *rest]:
        pass
    case [*init, last]:
        pass
    case [first, *_, last]:
        pass
    case (a, [b, c], (d, e)):
        pass
    case [*_]:
        pass
