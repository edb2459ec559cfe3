# TaskGroup waits for all its children on the way out of the block, also children created by
# other children; results are read from the tasks.
import asyncio


async def square(x, delay):
    await asyncio.sleep(delay)
    print("square", x)
    return x * x


async def spawner(tg):
    await asyncio.sleep(0.001)
    return tg.create_task(square(10, 0.01))


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i, 0.002 * (3 - i))) for i in range(3)]
        inner = tg.create_task(spawner(tg))
        print("leaving the block")
    print([t.result() for t in tasks])
    print((await inner).result())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    coro = square(1, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split()[-2:])
    coro.close()
    named = None
    async with asyncio.TaskGroup() as tg:
        named = tg.create_task(square(2, 0), name="worker-2")
    print(named.get_name(), named.result())


asyncio.run(main())
