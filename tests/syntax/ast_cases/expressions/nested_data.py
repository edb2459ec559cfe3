config = {
    "name": "service",
    "ports": [80, 443],
    "limits": {"cpu": 2, "memory": "1G"},
    "tags": {"web", "prod"},
    "pairs": [(1, "a"), (2, "b")],
    "empty": {"list": [], "dict": {}, "tuple": ()},
}
