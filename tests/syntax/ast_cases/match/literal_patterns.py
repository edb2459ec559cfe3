match x:
    case 0:
        pass
    case 1.5:
        pass
    case -1:
        pass
    case -2.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "text":
        pass
    case b"bytes":
        pass
    case "implicit" "concat":
        pass
    case 0xff:
        pass
