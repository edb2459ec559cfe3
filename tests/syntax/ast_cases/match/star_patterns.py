match items:
    case [*all_items]:
        pass
    case (a, *b, c):
        pass
    case [*_, 0]:
        pass
    case 1, *others:
        pass
