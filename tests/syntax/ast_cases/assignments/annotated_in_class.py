class Point:
    x: float
    y: float = 0.0
    label: str = ""
    tags: list[str]

    def __init__(self, x: float) -> None:
        self.x: float = x
