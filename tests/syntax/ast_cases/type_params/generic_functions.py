def first[T](items: list[T]) -> T:
    return items[0]


def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return k, v


def bounded[T: int](x: T) -> T:
    return x


def constrained[T: (int, str)](x: T) -> T:
    return x
