# The same coroutine or task given twice to gather is one child whose result appears twice.
import asyncio

runs = 0


async def counted(v):
    global runs
    runs += 1
    await asyncio.sleep(0)
    return v


async def main():
    c = counted("c")
    print(await asyncio.gather(c, c, counted("d")), runs)
    t = asyncio.create_task(counted("t"))
    print(await asyncio.gather(t, t, t), runs)
    # A coroutine already awaited cannot be gathered again.
    done = counted("done")
    await done
    try:
        await asyncio.gather(done)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # Awaiting a finished task again gives the same result.
    print(await t, await t, t.result())


asyncio.run(main())
