# Without return_exceptions the first exception propagates out of gather at once, while the
# other children keep running to completion (only TaskGroup cancels siblings).
import asyncio


async def fail_after(delay, message):
    await asyncio.sleep(delay)
    print("raising", message)
    raise ValueError(message)


async def work(name, delay):
    await asyncio.sleep(delay)
    print("work done", name)
    return name


async def main():
    g = asyncio.gather(work("early", 0.005), fail_after(0.01, "boom"), work("late", 0.05))
    try:
        await g
    except ValueError as e:
        print("caught", e)
    print("gather done:", g.done())
    await asyncio.sleep(0.05)
    print("after waiting, late has run")
    # Two children failing in the same loop iteration: the first in argument order wins.
    try:
        await asyncio.gather(fail_after(0, "first"), fail_after(0, "second"))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.02)


asyncio.run(main())
