# Without return_exceptions the first exception propagates out of gather at once, while the
# other children keep running to completion (only TaskGroup cancels siblings).
import asyncio


async def steps(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def fail_after(n, message):
    await steps(n)
    print("raising", message)
    raise ValueError(message)


async def work(name, n):
    await steps(n)
    print("work done", name)
    return name


async def main():
    g = asyncio.gather(work("early", 1), fail_after(2, "boom"), work("late", 8))
    try:
        await g
    except ValueError as e:
        print("caught", e)
    print("gather done:", g.done())
    await steps(8)
    print("after waiting, late has run")
    # Two children failing in the same loop iteration: the first in argument order wins.
    try:
        await asyncio.gather(fail_after(1, "first"), fail_after(1, "second"))
    except ValueError as e:
        print("caught", e)
    await steps(2)
    # A failure that arrives while gather's caller is already gone changes nothing more.
    g = asyncio.gather(fail_after(1, "x"), fail_after(3, "y"))
    await asyncio.sleep(0.01)
    print(type(g.exception()).__name__, g.exception())


asyncio.run(main())
