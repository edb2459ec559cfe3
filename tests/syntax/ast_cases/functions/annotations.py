def f(a: int) -> int:
    return a
def g(a: int = 1, *args: str, b: float = 2.0, **kw: object) -> None:
    pass
def h(x: "forward") -> "Result":
    pass
def i(a: list[int], /, b: dict[str, int]) -> tuple[int, ...]:
    pass
def j(*, key: Callable[[int], int] | None = None):
    pass
