def f(a: int, /, b: "str" = "x", *args: tuple, c: list[int] | None = None, **kw: dict) -> None: ...
x: int
y: list[dict[str, tuple[int, ...]]] = []
lam: Callable[..., Any] = lambda *a: None
