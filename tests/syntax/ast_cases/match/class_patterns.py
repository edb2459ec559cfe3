match shape:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=yy):
        pass
    case Point(1, y=2):
        pass
    case geometry.Circle(center=Point(x, y), radius=r):
        pass
    case int(n) | float(n):
        pass
    case str() as s:
        pass
