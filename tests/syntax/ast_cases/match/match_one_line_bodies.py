match x:
    case 1: y = "one"
    case 2: y = "two"; z = 2
    case _: pass
