class Container[T]:
    def map[U](self, fn: Callable[[T], U]) -> "Container[U]":
        return Container(fn(self.item))

    async def amap[U](self, fn) -> U:
        return await fn(self.item)

    @staticmethod
    def of[S](item: S) -> "Container[S]":
        return Container(item)
