# gather returns results in argument order, whatever order the children finish in.
import asyncio


async def value_after(v, delay):
    await asyncio.sleep(delay)
    print("finished", v)
    return v


async def nested(n):
    if n == 0:
        return [0]
    inner = await asyncio.gather(nested(n - 1), value_after(n, 0))
    return inner[0] + [inner[1]]


async def main():
    results = await asyncio.gather(value_after("slow", 0.03), value_after("fast", 0.01), value_after("mid", 0.02))
    print(results)
    print(await asyncio.gather())
    print(await nested(3))
    task = asyncio.create_task(value_after("task", 0))
    print(await asyncio.gather(task, value_after("coro", 0), asyncio.sleep(0, "sleep")))
    outer = asyncio.gather(value_after(1, 0), value_after(2, 0))
    print(type(outer).__name__, outer.done())
    print(await outer, outer.done(), outer.result())


asyncio.run(main())
