def f[T: Hashable, U: (bytes, bytearray), V: "Forward"](a: T, b: U, c: V):
    pass


class C[T: list[int] | None]:
    pass
