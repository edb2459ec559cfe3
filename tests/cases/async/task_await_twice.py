# Awaiting a task many times, from several tasks, returns the same result (or raises the same
# exception object); awaiting one coroutine twice is a RuntimeError.
import asyncio


async def compute():
    await asyncio.sleep(0.01)
    return {"answer": 42}


async def explode():
    await asyncio.sleep(0)
    raise ValueError("once")


async def watcher(task, name):
    r = await task
    print(name, "sees", r)
    return r


async def main():
    t = asyncio.create_task(compute())
    a, b = await asyncio.gather(watcher(t, "w1"), watcher(t, "w2"))
    print(a is b, await t is a)
    e = asyncio.create_task(explode())
    errors = []
    for _ in range(2):
        try:
            await e
        except ValueError as err:
            errors.append(err)
    print(errors[0] is errors[1], e.exception() is errors[0])
    c = compute()
    await c
    try:
        await c
    except RuntimeError as err:
        print("RuntimeError:", err)
    c2 = compute()
    t2 = asyncio.create_task(c2)
    try:
        await c2
    except RuntimeError as err:
        print("RuntimeError:", err)
    print(await t2)


asyncio.run(main())
