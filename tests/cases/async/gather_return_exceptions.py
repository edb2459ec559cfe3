# return_exceptions=True puts exception objects among the results, cancelled children included.
import asyncio


async def ok(v):
    await asyncio.sleep(0.001)
    return v


async def bad(v):
    await asyncio.sleep(0)
    raise KeyError(v)


async def forever():
    await asyncio.sleep(10)


async def main():
    results = await asyncio.gather(ok(1), bad("k"), ok(3), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(results[0], repr(results[1]), results[2])
    t = asyncio.create_task(forever())
    g = asyncio.gather(t, ok(5), return_exceptions=True)
    await asyncio.sleep(0.01)
    t.cancel()
    results = await g
    print([type(r).__name__ for r in results])
    # A child that fails inside its own try/except is just a normal result.

    async def careful():
        try:
            await bad("inner")
        except KeyError as e:
            return f"handled {e}"

    print(await asyncio.gather(careful(), ok("x")))


asyncio.run(main())
