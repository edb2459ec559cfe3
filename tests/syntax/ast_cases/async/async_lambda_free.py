async def apply(fn, *args):
    return await fn(*args)


async def compose():
    inner = lambda: fetch()
    return await inner()
