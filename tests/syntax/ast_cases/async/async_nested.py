async def outer():
    async def inner():
        async with ctx() as c:
            async for x in c:
                yield x
    return [v async for v in inner()]
