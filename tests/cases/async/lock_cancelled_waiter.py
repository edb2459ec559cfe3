# Lock fairness with cancellations: a waiter cancelled while queued leaves the queue, and a
# waiter cancelled after being woken hands the lock to the next one.
import asyncio


async def holder(lock, name, hold):
    print(name, "waiting", lock.locked())
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(hold)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled, locked:", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    first = asyncio.create_task(holder(lock, "first", 0.02))
    second = asyncio.create_task(holder(lock, "second", 0.01))
    third = asyncio.create_task(holder(lock, "third", 0.01))
    await asyncio.sleep(0)
    second.cancel()
    await asyncio.gather(first, second, third, return_exceptions=True)
    print("all done", lock.locked())
    # Woken, then cancelled before it could run: the lock goes to the next waiter.
    await lock.acquire()
    a = asyncio.create_task(holder(lock, "a", 0))
    b = asyncio.create_task(holder(lock, "b", 0))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    results = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in results], lock.locked())


asyncio.run(main())
