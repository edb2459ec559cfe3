# asyncio.Condition: wait/notify/notify_all order, wait_for with a predicate, async with.
import asyncio

async def consumer(cond, name, items):
    async with cond:
        print(name, "waiting")
        result = await cond.wait()
        print(name, "woke", result, cond.locked(), list(items))

async def picky(cond, items):
    async with cond:
        got = await cond.wait_for(lambda: len(items) >= 3 and len(items))
        print("picky saw", got)

async def main():
    cond = asyncio.Condition()
    items = []
    print(cond.locked())
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    tasks.append(asyncio.create_task(picky(cond, items)))
    await asyncio.sleep(0)
    for n in range(3):
        async with cond:
            items.append(n)
            cond.notify()
            print("notified one", n)
        await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    async with cond:
        cond.notify(5)  # nobody waits: nothing happens
        print("notify with nobody waiting ok")
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("shared lock held:", shared.locked())
    await shared.acquire()
    print(lock.locked())
    shared.release()
    print(lock.locked())

asyncio.run(main())
