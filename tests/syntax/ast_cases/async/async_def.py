async def f():
    pass


async def g(a, b=1, *args, c, **kw) -> int:
    return await h(a)
