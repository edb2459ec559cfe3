match = {"case": 1}
match["case"]
match(1)
case = match["case"]
match match:
    case case:
        pass
