# Two tasks sleeping the same delay from one loop iteration wake in the same iteration (CPython's
# selector wait is rounded up to milliseconds), before a task that the first one wakes through an Event.
import asyncio


async def ticker(name, ev_set=None, ev_wait=None):
    for i in range(3):
        if ev_wait is not None:
            await ev_wait.wait()
            ev_wait.clear()
            print(name, "woken by event", i)
            continue
        await asyncio.sleep(0.01)
        print(name, "tick", i)
        if ev_set is not None:
            ev_set.set()


async def main():
    ev = asyncio.Event()
    await asyncio.gather(ticker("a", ev_set=ev), ticker("b"), ticker("c", ev_wait=ev))


asyncio.run(main())
