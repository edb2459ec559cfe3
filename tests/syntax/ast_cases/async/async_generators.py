async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def relay(source):
    async for value in source:
        yield value * 2
