match point:
    case (x, y) if x == y:
        print("diagonal")
    case (x, y) if x > 0 and y > 0:
        pass
    case [*items] if (n := len(items)) > 3:
        pass
    case _ if flag:
        pass
