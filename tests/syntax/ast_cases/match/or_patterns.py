match x:
    case 1 | 2 | 3:
        pass
    case "a" | "b":
        pass
    case [1, _] | [_, 1]:
        pass
    case None | True | False:
        pass
    case (1 | 2) as small:
        pass
