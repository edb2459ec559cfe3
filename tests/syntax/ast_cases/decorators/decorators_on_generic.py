@overload
def f[T](x: T) -> T: ...


@final
class Frozen[T]:
    pass
