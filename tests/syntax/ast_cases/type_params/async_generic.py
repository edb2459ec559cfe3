async def fetch[T](url: str, kind: type[T]) -> T:
    return kind(await get(url))
