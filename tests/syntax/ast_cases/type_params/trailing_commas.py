def f[T,](x: T): pass
class C[T, U,]: pass
type A[T,] = T
def g[
    T,
    U: int,
](): pass
