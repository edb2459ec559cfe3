@decorator
def f[T](x: T) -> T:
    return x


@dataclass
class Node[T]:
    value: T
    children: list["Node[T]"]
