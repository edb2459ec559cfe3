# asyncio.Semaphore caps concurrency; BoundedSemaphore refuses an extra release; locked().
import asyncio


async def job(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        print("start", i, sem.locked())
        for _ in range(i % 3 + 1):
            await asyncio.sleep(0)
        active[0] -= 1
        print("end", i)
    return i * i


async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    r = await asyncio.gather(*(job(sem, i, active, peak) for i in range(5)))
    print(r, peak[0])
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    print(s.locked(), await s.acquire(), s.locked())


asyncio.run(main())
