# asyncio.Lock with async with: waiters get the lock in FIFO order; release() of an unlocked
# lock fails; a cancelled waiter passes the lock on to the next one.
import asyncio


async def worker(lock, name, log):
    print(name, "wants", lock.locked())
    async with lock:
        print(name, "has it")
        log.append(name)
        await asyncio.sleep(0.01)
        print(name, "releases")
    print(name, "done")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    # a cancelled waiter passes the lock on
    await lock.acquire()
    t1 = asyncio.create_task(worker(lock, "x", log))
    t2 = asyncio.create_task(worker(lock, "y", log))
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await t2
    print(t1.cancelled(), t2.done(), log)


asyncio.run(main())
