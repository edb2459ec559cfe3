# Semaphore waiters are served in order; a cancelled waiter gives its turn away, and a waiter
# cancelled after it was handed a unit gives the unit back.
import asyncio


async def use(sem, name, hold, log):
    try:
        async with sem:
            log.append(f"{name}+")
            await asyncio.sleep(hold)
            log.append(f"{name}-")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    tasks = [asyncio.create_task(use(sem, n, 0.01, log)) for n in "abcd"]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)
    log.clear()
    await sem.acquire()
    x = asyncio.create_task(use(sem, "x", 0, log))
    y = asyncio.create_task(use(sem, "y", 0, log))
    await asyncio.sleep(0)
    sem.release()
    x.cancel()
    await asyncio.gather(x, y, return_exceptions=True)
    print(log, sem.locked())


asyncio.run(main())
