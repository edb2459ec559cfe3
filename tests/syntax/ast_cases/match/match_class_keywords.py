match req:
    case Request(method="GET", path=path, headers={"host": host}):
        pass
    case Request(method="POST" | "PUT" as method, body=[*parts]):
        pass
    case Response(status=200 | 201):
        pass
