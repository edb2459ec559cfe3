type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Nested[T] = list[Nested[T]] | T
type Callback[**P, R] = Callable[P, R]
type Shape[*Ts] = tuple[*Ts]
type   Spaced   =   int
