match x:
    case -0:
        pass
    case 1_000:
        pass
    case 0o17 | 0b11:
        pass
    case f.g.h:
        pass
    case "a" "b" "c":
        pass
    case b"x" b"y":
        pass
