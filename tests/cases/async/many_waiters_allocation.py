# Many tasks suspended in Queue.get, Lock, Semaphore and Event waits while others allocate a
# lot: the waiters, their futures and the native coroutines survive garbage collection.
import asyncio


async def worker(n, q, lock, sem, results):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        async with sem:
            junk = [str(i) * 3 for i in range(50)]
            await asyncio.sleep(0)
            async with lock:
                total += item + len(junk)
        q.task_done()
    results[n] = total


async def main():
    q = asyncio.Queue(maxsize=5)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(3)
    start = asyncio.Event()
    results = {}

    async def gated(n):
        await start.wait()
        await worker(n, q, lock, sem, results)

    workers = [asyncio.create_task(gated(n)) for n in range(40)]
    await asyncio.sleep(0)
    start.set()
    for i in range(2000):
        await q.put(i)
        if i % 100 == 0:
            garbage = [{"k": [j, str(j)]} for j in range(200)]
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(len(results), sum(results.values()), sum(range(2000)) + 2000 * 50)


asyncio.run(main())
