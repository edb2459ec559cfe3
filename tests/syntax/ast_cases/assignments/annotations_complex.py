handler: Callable[[Request, int], Awaitable[Response]]
table: dict[str, "Row"] = {}
pair: tuple[int, str] = (1, "a")
matrix: list[list[float]] = [[0.0] * 3 for _ in range(3)]
anything: object = ...
