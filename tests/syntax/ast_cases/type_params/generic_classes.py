class Box[T]:
    def __init__(self, item: T):
        self.item = item


class Mapping[K: str, V](Base[K, V], metaclass=Meta):
    pass


class Empty[T]: ...
