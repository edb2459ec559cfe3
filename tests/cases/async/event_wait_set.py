# asyncio.Event: every waiter wakes on set(), in the order they waited; wait() on a set event
# returns at once; a cancelled waiter leaves the event alone.
import asyncio


async def waiter(ev, n):
    print("waiting", n)
    r = await ev.wait()
    print("woke", n, r)


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set?", ev.is_set())
    ev.set()
    print("set!", ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter(ev, 9))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled waiter")


asyncio.run(main())
