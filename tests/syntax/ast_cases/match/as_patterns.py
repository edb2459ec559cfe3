match x:
    case [1, 2] as pair:
        pass
    case (Point() as p):
        pass
    case {"k": (1 | 2) as v}:
        pass
    case [a as b, c as d]:
        pass
    case _ as anything:
        pass
