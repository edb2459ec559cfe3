match event:
    case {}:
        pass
    case {"type": "click", "pos": (x, y)}:
        pass
    case {"type": "key", **rest}:
        pass
    case {1: one, Status.OK: ok}:
        pass
    case {**everything}:
        pass
    case {"nested": {"deep": value}}:
        pass
    case {None: n, True: t, -1: neg}:
        pass
