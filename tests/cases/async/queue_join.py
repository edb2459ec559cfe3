# Queue.join waits until task_done() was called once per item; several workers share a queue.
import asyncio


async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        results.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    results = []
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{n}", q, results)) for n in range(3)]
    await q.join()
    print("joined", len(results), sorted(i for _, i in results))
    print(sorted(set(name for name, _ in results)))
    for w in workers:
        w.cancel()
    print([type(r).__name__ for r in await asyncio.gather(*workers, return_exceptions=True)])
    await q.join()
    print("join on a finished queue returns at once")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
