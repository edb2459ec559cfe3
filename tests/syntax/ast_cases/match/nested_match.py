def handle(message):
    match message:
        case {"action": action, "payload": payload}:
            match action:
                case "create":
                    return create(payload)
                case "delete" | "remove":
                    return delete(payload)
                case _:
                    raise ValueError(action)
        case _:
            return None
