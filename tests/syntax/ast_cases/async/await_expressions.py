async def main():
    await x
    y = await f()
    z = await obj.method(1, 2)
    w = (await a) + (await b)
    v = await a + await b
    u = [await c for c in coros]
    t = await (await nested())
    s = -await x
    r = await x ** 2
