x: int
x: int = 0
name: str = "default"
items: list[int] = []
mapping: dict[str, list[tuple[int, ...]]] = {}
self.value: float = 0.0
data[key]: int = 5
(y): int = 1
(z): str
callback: "Callable[[int], str]"
opt: int | None = None
