match command:
    case "quit":
        quit()
    case other:
        print(other)
match command:
    case _:
        pass
