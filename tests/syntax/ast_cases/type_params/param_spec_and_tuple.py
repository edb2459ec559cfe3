def decorator[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    return fn


def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args


class Signature[*Shape, **Params, T: object]:
    pass
